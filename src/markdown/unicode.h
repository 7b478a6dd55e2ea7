// The few Unicode facts the renderer needs (letter/digit/punctuation classes; white space is
// base's IsSpaceRune, case mapping base's unicode_case.h), answered the way Go's unicode package
// answers them. Pure functions, thread-safe. Non-ASCII classes come from glibc's C.UTF-8 locale,
// which follows Unicode.
#ifndef KILN_MARKDOWN_UNICODE_H_
#define KILN_MARKDOWN_UNICODE_H_

#include <string>
#include <string_view>

#include "base/utf8.h"  // DecodeRune, AppendRune, kRuneError, IsSpaceRune

namespace kiln::markdown {

// The rune ending just before s[end] (end > 0).
char32_t DecodeLastRune(std::string_view s, size_t end);

bool IsLetter(char32_t r);
bool IsDigit(char32_t r);   // Go's unicode.IsDigit (Nd)
bool IsNumber(char32_t r);  // Go's unicode.IsNumber (Nd, Nl, No)
bool IsPunct(char32_t r);   // Go's unicode.IsPunct (P*)
// goldmark's IsPunctRune: ASCII punctuation, symbols included, or Unicode P*.
bool IsMarkdownPunct(char32_t r);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_UNICODE_H_
