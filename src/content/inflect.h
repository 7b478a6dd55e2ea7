// English pluralisation as Hugo's list titles use it (`pluralizeListTitles`): the rules
// and irregular words of the inflection library Hugo 0.111 links, checked against hugo on
// the words section names commonly have ("category" → "categories", "person" → "people",
// "index" → "indices", "analysis" → "analyses", "knife" → "knives"). Lower-case ASCII
// input; pure and thread-safe.
#ifndef KILN_CONTENT_INFLECT_H_
#define KILN_CONTENT_INFLECT_H_

#include <string>
#include <string_view>

namespace kiln {

std::string Pluralize(std::string_view word);

}  // namespace kiln

#endif  // KILN_CONTENT_INFLECT_H_
