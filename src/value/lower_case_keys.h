// LowerCaseKeys: Hugo treats config and front-matter keys case-insensitively by lower-casing
// them when they are loaded, so `.Params.myKey` and `.Params.mykey` name the same entry.
// Pure function over immutable Values; thread-safe.
#ifndef KILN_VALUE_LOWER_CASE_KEYS_H_
#define KILN_VALUE_LOWER_CASE_KEYS_H_

#include "value/value.h"

namespace kiln {

// `v` with every map key lower-cased (ASCII), recursively through nested maps. Maps held
// in lists keep their keys as written, as in Hugo (`menus.main[0].pageRef`, a front-matter
// list of maps). When two keys differ only in case, the lower-case spelling's entry wins.
// The result is a params map (Value::Params) at every level it lower-cased.
Value LowerCaseKeys(const Value& v);

// A map of `entries` that is a params map when `params` is: merges of params maps stay
// params maps.
Value MapOfKind(bool params, ValueMap entries);

}  // namespace kiln

#endif  // KILN_VALUE_LOWER_CASE_KEYS_H_
