// A site's language as templates see it (`.Site.Language`, `.Language`, `.Site.Languages`):
// Lang, LanguageCode, LanguageName, Title, Weight and Params, printing as its Lang, as
// Hugo's *langs.Language does through its String method (`<html lang="{{ site.Language }}">`).
//
// Immutable after construction; safe to share between threads.
#ifndef KILN_HUGO_LANGUAGE_OBJECT_H_
#define KILN_HUGO_LANGUAGE_OBJECT_H_

#include <string>

#include "content/language.h"
#include "value/value.h"

namespace kiln::hugo {

// Hugo's *langs.Language has no LanguageCode for templates (only .Site.LanguageCode).
Value LanguageObjectValue(const Language& language);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_LANGUAGE_OBJECT_H_
