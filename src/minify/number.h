// Number shortening shared by the minifiers, as tdewolff/minify 2.12.4 does it with hugo's
// settings (full precision): drop a "+" sign, leading and trailing zeros and a needless dot.
// Pure functions; thread-safe.
#ifndef KILN_MINIFY_NUMBER_H_
#define KILN_MINIFY_NUMBER_H_

#include <string>
#include <string_view>

namespace kiln::minify {

// The shortest plain decimal spelling of a lexed CSS number ("+0.50" → ".5", "-0" → "0",
// "010" → "10"); never introduces an exponent. An exponent in the input is kept as it is.
// `end_in_input`, when given, receives the offset in `num` just past the kept digits (the CSS
// minifier needs it to reproduce an upstream quirk with units, see css_minifier.cc).
std::string ShortDecimal(std::string_view num, size_t* end_in_input = nullptr);

// The shortest spelling of a JSON or SVG number, exponents allowed: "1000" → "1e3",
// "0.0001" → "1e-4", "1.50" → "1.5", "-0.0" → "0". An exponent that does not fit stays as it is.
// `in_place`, when given, receives the token's bytes as upstream leaves them after rewriting
// the number inside its input buffer (error messages quote that buffer, and the SVG minifier
// reads some of it again); `start_in_input` where in them the result starts. A positive
// `precision` first rounds to that many significant digits (SVG paths use 15 for numbers they
// compute).
std::string ShortNumber(std::string_view num, std::string* in_place = nullptr,
                        size_t* start_in_input = nullptr, int precision = 0);

// The length of the number at the start of `s` (sign, digits, fraction, exponent) as
// tdewolff's parser reads it; 0 if there is none. "1." is 1 (the dot may start another number),
// "1e" is 1.
size_t NumberPrefixLength(std::string_view s);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_NUMBER_H_
