#include "config/config_files.h"

#include "base/path.h"
#include "base/strings.h"
#include "config/value_tree.h"
#include "value/decode.h"
#include "value/lower_case_keys.h"

namespace kiln {

namespace {

constexpr const char* kBaseNames[] = {"hugo", "config"};
constexpr const char* kExtensions[] = {".toml", ".yaml", ".yml", ".json"};

// Clean paths, so messages say "config.toml" rather than "./config.toml".
std::string Join(std::string_view dir, std::string_view name) {
  if (!name.empty() && name.front() == '/') return CleanPath(name);
  return CleanPath(JoinPath(dir, name));
}

// Merges every data file of `dir` (sorted by name) over `tree`.
Status MergeConfigDir(const FileSystem& fs, const std::string& dir, ProjectConfig& config) {
  if (!fs.IsDir(dir)) return Status::Ok();
  ASSIGN_OR_RETURN(std::vector<FileInfo> entries, fs.ListDir(dir));
  for (const FileInfo& entry : entries) {
    if (entry.is_dir || !DataFormatFromExtension(PathExt(entry.name))) continue;
    const std::string path = Join(dir, entry.name);
    ASSIGN_OR_RETURN(Value file_tree, LoadConfigFile(fs, path));
    config.files.push_back(path);
    // "menus.en" → key "menus" under language "en".
    const std::string stem = AsciiLower(PathStem(entry.name));
    std::vector<std::string> path_in_tree;
    const size_t dot = stem.find('.');
    const std::string key = stem.substr(0, dot);
    if (dot != std::string::npos) {
      path_in_tree = {"languages", stem.substr(dot + 1), key};
    } else if (key != "hugo" && key != "config") {
      path_in_tree = {key};
    }
    const Value* existing = FindPath(config.tree, path_in_tree);
    config.tree =
        SetPath(config.tree, path_in_tree, MergeOver(existing ? *existing : Value(), file_tree));
  }
  return Status::Ok();
}

}  // namespace

StatusOr<Value> LoadConfigFile(const FileSystem& fs, const std::string& path) {
  std::optional<DataFormat> format = DataFormatFromExtension(PathExt(path));
  if (!format) {
    return InvalidArgumentError("config file " + path +
                                ": unknown format (want .toml, .yaml, .yml or .json)");
  }
  ASSIGN_OR_RETURN(std::string text, fs.ReadFile(path));
  ASSIGN_OR_RETURN(Value tree, DecodeData(*format, text, path));
  if (tree.is_null()) return Value::Map({});
  if (tree.kind() != ValueKind::kMap) {
    return InvalidArgumentError("config file " + path + ": the top level must be a table");
  }
  return LowerCaseKeys(tree);
}

StatusOr<ProjectConfig> LoadProjectConfig(const FileSystem& fs, const std::string& dir,
                                          const std::string& environment,
                                          const std::vector<std::string>& explicit_files) {
  ProjectConfig config;
  config.tree = Value::Map({});
  std::vector<std::string> files;
  for (const std::string& file : explicit_files) files.push_back(Join(dir, file));
  if (files.empty()) {
    for (const char* base : kBaseNames) {
      for (const char* ext : kExtensions) {
        std::string candidate = Join(dir, std::string(base) + ext);
        if (files.empty() && fs.Exists(candidate)) files.push_back(candidate);
      }
    }
  }
  for (const std::string& file : files) {
    ASSIGN_OR_RETURN(Value tree, LoadConfigFile(fs, file));
    config.tree = MergeOver(config.tree, tree);
    config.files.push_back(file);
  }
  const std::string config_dir = Join(dir, "config");
  RETURN_IF_ERROR(MergeConfigDir(fs, JoinPath(config_dir, "_default"), config));
  RETURN_IF_ERROR(MergeConfigDir(fs, JoinPath(config_dir, environment), config));
  return config;
}

}  // namespace kiln
