// Go's simple Unicode case mapping (unicode.ToUpper, ToLower, ToTitle of Go 1.19, Unicode 13):
// one rune to one rune, no locale or context (so no Turkish dotless i, and ß stays ß), from the
// same case-range table Go uses. Pure functions over a constant table; thread-safe.
#ifndef KILN_BASE_UNICODE_CASE_H_
#define KILN_BASE_UNICODE_CASE_H_

namespace kiln {

char32_t ToUpperRune(char32_t r);
char32_t ToLowerRune(char32_t r);
char32_t ToTitleRune(char32_t r);

}  // namespace kiln

#endif  // KILN_BASE_UNICODE_CASE_H_
