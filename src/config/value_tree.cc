#include "config/value_tree.h"

#include "base/strings.h"
#include "value/lower_case_keys.h"

namespace kiln {

namespace {

Value Merge(const Value& base, const Value& other, bool other_wins) {
  if (base.kind() != ValueKind::kMap || other.kind() != ValueKind::kMap) {
    if (other_wins) return other.is_null() && !base.is_null() ? base : other;
    return base.is_null() ? other : base;
  }
  ValueMap merged = base.AsMap();
  for (const auto& [key, item] : other.AsMap()) {
    auto it = merged.find(key);
    if (it == merged.end()) {
      merged.emplace(key, item);
    } else {
      it->second = Merge(it->second, item, other_wins);
    }
  }
  return MapOfKind(base.is_params() || other.is_params(), std::move(merged));
}

Value SetFrom(const Value& node, const std::vector<std::string>& path, size_t i, Value value) {
  if (i == path.size()) return value;
  ValueMap entries;
  if (node.kind() == ValueKind::kMap) entries = node.AsMap();
  const Value* child = node.Find(path[i]);
  entries.insert_or_assign(path[i],
                           SetFrom(child ? *child : Value(), path, i + 1, std::move(value)));
  return MapOfKind(node.is_params(), std::move(entries));
}

}  // namespace

Value MergeOver(const Value& base, const Value& over) { return Merge(base, over, true); }

Value FillIn(const Value& base, const Value& extra) { return Merge(base, extra, false); }

const Value* FindPath(const Value& root, const std::vector<std::string>& path) {
  const Value* node = &root;
  for (const std::string& key : path) {
    node = node->Find(key);
    if (node == nullptr) return nullptr;
  }
  return node;
}

Value SetPath(const Value& root, const std::vector<std::string>& path, Value value) {
  return SetFrom(root, path, 0, std::move(value));
}

std::vector<std::string> SplitKey(std::string_view dotted_key) {
  std::vector<std::string> path;
  for (std::string_view part : Split(dotted_key, '.')) path.push_back(AsciiLower(part));
  return path;
}

}  // namespace kiln
