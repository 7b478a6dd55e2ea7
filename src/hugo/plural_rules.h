// PluralForm: which CLDR plural category ("zero", "one", "two", "few", "many", "other") a
// whole-number count takes in a language, the way go-i18n picks the form of a translation
// for Hugo's `i18n`. Covers the languages whose rules for whole numbers are not English's
// (`one` for 1, else `other`); every other language follows English.
//
// Pure functions; thread-safe.
#ifndef KILN_HUGO_PLURAL_RULES_H_
#define KILN_HUGO_PLURAL_RULES_H_

#include <cstdint>
#include <string_view>

namespace kiln::hugo {

// `lang` is a language code such as "fr" or "pt-br" (the region is ignored); the sign of
// `count` is ignored, as CLDR's operands are absolute.
std::string_view PluralForm(std::string_view lang, int64_t count);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PLURAL_RULES_H_
