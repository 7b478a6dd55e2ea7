#include "site/data_loader.h"

#include <set>

#include "base/path.h"
#include "base/strings.h"
#include "content/file_walk.h"
#include "value/decode.h"

namespace kiln {

namespace {

// Puts `value` at `keys` inside `root`, creating maps on the way. Existing map entries of
// `value`'s map are kept where `value` has none.
Value Insert(const Value& root, const std::vector<std::string>& keys, size_t i,
             const Value& value) {
  ValueMap map = root.kind() == ValueKind::kMap ? root.AsMap() : ValueMap{};
  if (i + 1 == keys.size()) {
    auto it = map.find(keys[i]);
    if (it != map.end() && it->second.kind() == ValueKind::kMap &&
        value.kind() == ValueKind::kMap) {
      ValueMap merged = value.AsMap();
      for (const auto& [k, v] : it->second.AsMap()) merged.emplace(k, v);
      it->second = Value::Map(std::move(merged));
    } else {
      map[keys[i]] = value;
    }
  } else {
    auto it = map.find(keys[i]);
    map[keys[i]] = Insert(it == map.end() ? Value() : it->second, keys, i + 1, value);
  }
  return Value::Map(std::move(map));
}

}  // namespace

StatusOr<Value> LoadDataDirs(const FileSystem& fs, const std::vector<std::string>& dirs) {
  Value root = Value::Map({});
  std::set<std::string> seen;  // data keys already set by a higher-priority directory
  for (const std::string& dir : dirs) {
    ASSIGN_OR_RETURN(std::vector<WalkedFile> files, WalkFiles(fs, dir));
    for (const WalkedFile& f : files) {
      std::optional<DataFormat> format = DataFormatFromExtension(PathExt(f.rel_path));
      if (!format) continue;
      std::string key_path = std::string(PathDir(f.rel_path));
      key_path += (key_path.empty() ? "" : "/") + std::string(PathStem(f.rel_path));
      if (!seen.insert(key_path).second) continue;
      ASSIGN_OR_RETURN(std::string text, fs.ReadFile(f.fs_path));
      ASSIGN_OR_RETURN(Value value, DecodeData(*format, text, JoinPath("data", f.rel_path)));
      std::vector<std::string> keys;
      for (std::string_view k : Split(key_path, '/')) keys.emplace_back(k);
      root = Insert(root, keys, 0, value);
    }
  }
  return root;
}

}  // namespace kiln
