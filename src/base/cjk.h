// Detection of Chinese, Japanese and Korean text the way Hugo decides a page is in a CJK
// language: any rune of the Han, Hangul, Hiragana or Katakana script (Go 1.19's Unicode 13
// tables). Pure functions; thread-safe.
#ifndef KILN_BASE_CJK_H_
#define KILN_BASE_CJK_H_

#include <string_view>

namespace kiln {

// Whether `r` belongs to the Han, Hangul, Hiragana or Katakana script.
bool IsCjkRune(char32_t r);
// Whether `s` holds at least one IsCjkRune rune; ASCII bytes are skipped without decoding.
bool ContainsCjk(std::string_view s);

}  // namespace kiln

#endif  // KILN_BASE_CJK_H_
