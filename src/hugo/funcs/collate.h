// The string orders Hugo sorts with. CollateCompare approximates the language collator of
// `sort` and of the pages' title and parameter sorts: letters compare without regard to case
// or accent, spaces and punctuation before digits before letters, and only then lower case
// before upper case and plain before accented. Pure; thread-safe.
#ifndef KILN_HUGO_FUNCS_COLLATE_H_
#define KILN_HUGO_FUNCS_COLLATE_H_

#include <string_view>

namespace kiln::funcs {

// <0, 0 or >0 as `a` sorts before, with or after `b`.
int CollateCompare(std::string_view a, std::string_view b);

inline bool CollateLess(std::string_view a, std::string_view b) { return CollateCompare(a, b) < 0; }

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_COLLATE_H_
