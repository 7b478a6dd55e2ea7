// LowerCaseKeys: Hugo treats config and front-matter keys case-insensitively by lower-casing
// them when they are loaded, so `.Params.myKey` and `.Params.mykey` name the same entry.
// Pure function over immutable Values; thread-safe.
#ifndef KILN_VALUE_LOWER_CASE_KEYS_H_
#define KILN_VALUE_LOWER_CASE_KEYS_H_

#include "value/value.h"

namespace kiln {

// `v` with every map key lower-cased (ASCII), recursively through maps and through maps
// held in lists. When two keys differ only in case, the lower-case spelling's entry wins.
Value LowerCaseKeys(const Value& v);

}  // namespace kiln

#endif  // KILN_VALUE_LOWER_CASE_KEYS_H_
