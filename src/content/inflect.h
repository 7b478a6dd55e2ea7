// English inflection as hugo 0.111.3 does it through its inflection library: the plural that
// titles a section without an `_index.md` ("category" → "categories", "Alphas" stays) and
// the `pluralize`, `singularize` and `humanize` template functions. Only the last word of
// the text is inflected; words split at spaces, `_ : - /`, symbols and lower-to-upper case
// changes, with the library's acronyms kept whole. Letters beyond ASCII are cased only in
// the Latin-1 range. Pure functions; thread-safe.
#ifndef KILN_CONTENT_INFLECT_H_
#define KILN_CONTENT_INFLECT_H_

#include <string>
#include <string_view>

namespace kiln {

std::string Pluralize(std::string_view text);
std::string Singularize(std::string_view text);

// "employee_id" → "Employee ID": the words lower-cased, the first capitalised, acronyms in
// capitals (hugo's humanize of a non-number).
std::string Humanize(std::string_view text);

// `text` with its first letter in upper case (how hugo starts a section's title).
std::string FirstUpper(std::string_view text);

}  // namespace kiln

#endif  // KILN_CONTENT_INFLECT_H_
