// UTF-8 helpers with Go's conventions: an invalid byte decodes as U+FFFD with width 1, and
// encoding an invalid code point writes U+FFFD. Pure functions; thread-safe.
#ifndef KILN_BASE_UTF8_H_
#define KILN_BASE_UTF8_H_

#include <string>
#include <string_view>

namespace kiln {

inline constexpr char32_t kRuneError = 0xFFFD;

// Decodes the rune starting at s[i]; *width receives its byte length (at least 1).
char32_t DecodeRune(std::string_view s, size_t i, int* width);
void AppendRune(std::string* out, char32_t r);
size_t RuneCount(std::string_view s);
// An approximation of Go's unicode.IsPrint: exact for Latin-1, and treats the C1 controls,
// surrogates, private use, noncharacters and format characters as unprintable.
bool IsPrintRune(char32_t r);
// Go's unicode.IsSpace: ASCII white space, U+0085, U+00A0 and Unicode's other White_Space runes
// (U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
bool IsSpaceRune(char32_t r);
// Go's strings.TrimSpace: `s` less its leading and trailing IsSpaceRune runes.
std::string_view TrimSpaceRunes(std::string_view s);

}  // namespace kiln

#endif  // KILN_BASE_UTF8_H_
