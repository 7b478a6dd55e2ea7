// Lookup tables of the CSS minifier: known keywords, color names and hex codes, and the units a
// zero may drop. Immutable data; safe from any thread.
#ifndef KILN_MINIFY_CSS_TABLES_H_
#define KILN_MINIFY_CSS_TABLES_H_

#include <string_view>

namespace kiln::minify {

// The minifier's own copy of a lower-cased identifier it recognises; empty for any other.
std::string_view CssKeyword(std::string_view lower);
// "#00008b" for "darkblue" (names that are longer than their hex code); empty otherwise.
std::string_view ShorterHexForColorName(std::string_view lower);
// "red" for "#ff0000" (hex codes longer than their name, 7 characters or "#f00"); empty otherwise.
std::string_view ShorterNameForHex(std::string_view lower_hex);
// Units a zero length or angle may drop ("0px" → "0").
bool IsOptionalZeroUnit(std::string_view unit);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_CSS_TABLES_H_
