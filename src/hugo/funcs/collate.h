// The string orders Hugo sorts with. CollateCompare is Hugo's language collator (the one
// model in content/title_collation, shared with the default page order) for `sort` and the
// pages' title and parameter sorts; strings the collator cannot tell apart compare byte by
// byte. Pure; thread-safe.
#ifndef KILN_HUGO_FUNCS_COLLATE_H_
#define KILN_HUGO_FUNCS_COLLATE_H_

#include <string_view>

namespace kiln::funcs {

// <0, 0 or >0 as `a` sorts before, with or after `b`.
int CollateCompare(std::string_view a, std::string_view b);

inline bool CollateLess(std::string_view a, std::string_view b) { return CollateCompare(a, b) < 0; }

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_COLLATE_H_
