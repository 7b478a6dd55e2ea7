// Whether a page is in a CJK language, as hugo decides it for .WordCount, .ReadingTime and
// the automatic summary: with hasCJKLanguage on, a content file holding any Han, Hangul,
// Hiragana or Katakana character (its front matter included) is; an `isCJKLanguage` front
// matter value (boolean, Go boolean string or integer) decides alone. Pure functions,
// thread-safe.
#ifndef KILN_HUGO_CJK_LANGUAGE_H_
#define KILN_HUGO_CJK_LANGUAGE_H_

#include "content/page.h"

namespace kiln::hugo {

bool IsCjkLanguagePage(const Page& page, bool has_cjk_language);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_CJK_LANGUAGE_H_
