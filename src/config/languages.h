// Languages: the languages a site is built in, from `[languages]`, `defaultContentLanguage`,
// `disableLanguages` and each language's `disabled`. A site without `[languages]` has one
// language, `defaultContentLanguage`, configured by the top-level keys.
//
// Plain values, computed once when the config is loaded; thread-safe to read.
#ifndef KILN_CONFIG_LANGUAGES_H_
#define KILN_CONFIG_LANGUAGES_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "value/value.h"

namespace kiln {

// One enabled language as `[languages.<key>]` configures it.
struct LanguageConfig {
  std::string key;          // "fr", lower-cased
  std::string name;         // languageName; "" when unset
  std::string code;         // languageCode; "" when unset
  std::string title;        // title; "" when unset (the site's applies)
  int weight = 0;           // weight; 0 when unset
  std::string content_dir;  // contentDir resolved against the source dir; "" when unset
  Value params;             // the language's own `params` (lower-cased keys), or null
  Value settings;           // the whole `[languages.<key>]` map, or null
};

// The enabled languages in Hugo's order: by weight (unset weights last), then by key.
// `languages` is the `[languages]` section (null or a Map); `disabled` the lower-cased
// `disableLanguages`. Fails when the default language is not among the defined ones.
StatusOr<std::vector<LanguageConfig>> EnabledLanguages(const Value& languages,
                                                       const std::string& default_language,
                                                       const std::vector<std::string>& disabled,
                                                       const std::string& source_dir);

}  // namespace kiln

#endif  // KILN_CONFIG_LANGUAGES_H_
