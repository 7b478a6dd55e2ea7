// Percent-decoding (RFC 3986 %XX escapes) for URL paths, fragments and form-encoded query
// strings, as the link checker, the deploy client and the urls functions read them. Pure
// functions; thread-safe.
#ifndef KILN_BASE_PERCENT_DECODE_H_
#define KILN_BASE_PERCENT_DECODE_H_

#include <string>
#include <string_view>

namespace kiln {

// What '+' means: itself in paths and fragments, a space in form-encoded (query) text.
enum class PlusDecoding { kLiteral, kSpace };

// Decodes %XX escapes (either case of hex digit) into bytes. A '%' not followed by two hex
// digits is kept as written, as browsers and Go's lenient parsers do; an escaped '+' ("%2B")
// stays a '+' whatever `plus` says.
std::string PercentDecode(std::string_view s, PlusDecoding plus);

}  // namespace kiln

#endif  // KILN_BASE_PERCENT_DECODE_H_
