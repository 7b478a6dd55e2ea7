// The query functions of the collections namespace: `where` (filter a list by the value
// at a key path with an operator) and `sort` (by a key path, ascending or descending),
// and the equality Hugo uses for membership (numbers equal across int and float).
#ifndef KILN_HUGO_FUNCS_COLLECTIONS_WHERE_H_
#define KILN_HUGO_FUNCS_COLLECTIONS_WHERE_H_

#include "hugo/funcs/namespace.h"

namespace kiln::funcs {

bool LooseEqual(const Value& a, const Value& b);

// where COLLECTION KEY [OPERATOR] MATCH
StatusOr<Value> Where(Args args);
// sort COLLECTION [KEY [ORDER]]
StatusOr<Value> Sort(Args args);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_COLLECTIONS_WHERE_H_
