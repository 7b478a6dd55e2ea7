// Language: one of a site's languages as templates see it (`.Language`, `.Site.Languages`):
// its key, name, code, site title, weight and own params. A plain value; copy freely.
#ifndef KILN_CONTENT_LANGUAGE_H_
#define KILN_CONTENT_LANGUAGE_H_

#include <string>

#include "value/value.h"

namespace kiln {

struct Language {
  std::string lang = "en";  // the key: "fr"
  std::string name;         // languageName
  std::string code;         // languageCode, "" when unset
  std::string title;        // the language's site title
  std::string direction;    // languageDirection ("rtl"), "" when unset
  int weight = 0;
  Value params;  // the language's own params (lower-cased keys), or null
};

}  // namespace kiln

#endif  // KILN_CONTENT_LANGUAGE_H_
