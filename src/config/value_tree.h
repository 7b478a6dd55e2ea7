// Operations on the nested Map Values config is made of: deep merges with either side
// winning, and reading or replacing the value at a key path. Values are immutable, so each
// operation returns a new tree sharing the untouched branches with its inputs. Pure
// functions; thread-safe.
#ifndef KILN_CONFIG_VALUE_TREE_H_
#define KILN_CONFIG_VALUE_TREE_H_

#include <string>
#include <string_view>
#include <vector>

#include "value/value.h"

namespace kiln {

// Merges `over` into `base`: where both hold a Map at a key, the maps are merged the same
// way; anywhere else `over` wins. A non-Map `over` replaces `base` entirely.
Value MergeOver(const Value& base, const Value& over);

// Like MergeOver, but `base` wins on conflicts: `extra` only fills in what is missing.
Value FillIn(const Value& base, const Value& extra);

// The value at `path` (keys compared exactly), or nullptr when a step is missing or not a
// Map.
const Value* FindPath(const Value& root, const std::vector<std::string>& path);

// `root` with `value` stored at `path`, creating Maps along the way (and replacing any
// non-Map found on the way).
Value SetPath(const Value& root, const std::vector<std::string>& path, Value value);

// "a.b.c" → {"a", "b", "c"}, lower-cased.
std::vector<std::string> SplitKey(std::string_view dotted_key);

}  // namespace kiln

#endif  // KILN_CONFIG_VALUE_TREE_H_
