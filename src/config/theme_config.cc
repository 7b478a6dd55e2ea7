#include "config/theme_config.h"

#include <set>

#include "base/path.h"
#include "base/strings.h"
#include "config/config_files.h"
#include "config/value_tree.h"
#include "value/lower_case_keys.h"

namespace kiln {

namespace {

// Adds the entries of `extra` whose keys `base` lacks; entries `base` has are kept whole.
Value AddMissingEntries(const Value* base, const Value* extra) {
  if (extra == nullptr || extra->kind() != ValueKind::kMap) return base ? *base : Value();
  if (base == nullptr || base->kind() != ValueKind::kMap) return *extra;
  ValueMap out = base->AsMap();
  for (const auto& [key, value] : extra->AsMap()) out.try_emplace(key, value);
  return MapOfKind(base->is_params() || extra->is_params(), std::move(out));
}

Value FillSection(const Value& tree, const Value& theme, const std::vector<std::string>& path,
                  bool deep) {
  const Value* extra = FindPath(theme, path);
  if (extra == nullptr) return tree;
  const Value* base = FindPath(tree, path);
  Value merged = deep ? FillIn(base ? *base : Value(), *extra) : AddMissingEntries(base, extra);
  return SetPath(tree, path, std::move(merged));
}

// Merges each theme and, right after it, the themes its config names (components), depth
// first as Hugo orders them.
Status AddThemes(const FileSystem& fs, const std::string& themes_dir,
                 const std::vector<std::string>& names, const std::string& environment,
                 std::set<std::string>& seen, Value& out, std::vector<std::string>& theme_dirs) {
  for (const std::string& name : names) {
    if (!seen.insert(name).second) continue;
    const std::string dir = CleanPath(JoinPath(themes_dir, name));
    if (!fs.IsDir(dir)) {
      return NotFoundError("theme \"" + name + "\" not found: no directory " + dir +
                           " (themes are looked up in " + themes_dir + ")");
    }
    theme_dirs.push_back(dir);
    ASSIGN_OR_RETURN(ProjectConfig theme, LoadProjectConfig(fs, dir, environment));
    out = MergeThemeConfig(out, theme.tree);
    if (const Value* components = theme.tree.Find("theme")) {
      RETURN_IF_ERROR(
          AddThemes(fs, themes_dir, ThemeNames(*components), environment, seen, out, theme_dirs));
    }
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string> ThemeNames(const Value& setting) {
  std::vector<std::string> names;
  auto add = [&names](std::string_view text) {
    for (std::string_view part : Split(text, ',')) {
      part = TrimSpace(part);
      if (!part.empty()) names.emplace_back(part);
    }
  };
  if (setting.is_string()) add(setting.AsString());
  if (setting.kind() == ValueKind::kList) {
    for (const Value& item : setting.AsList()) {
      if (item.is_string()) add(item.AsString());
    }
  }
  return names;
}

Value MergeThemeConfig(const Value& site, const Value& theme) {
  Value out = FillSection(site, theme, {"params"}, /*deep=*/true);
  out = FillSection(out, theme, {"menus"}, /*deep=*/false);
  out = FillSection(out, theme, {"outputformats"}, /*deep=*/false);
  out = FillSection(out, theme, {"mediatypes"}, /*deep=*/false);
  return out;
}

StatusOr<Value> ApplyThemes(const FileSystem& fs, const Value& site, const std::string& themes_dir,
                            const std::vector<std::string>& names, const std::string& environment,
                            std::vector<std::string>* theme_dirs) {
  Value out = site;
  std::set<std::string> seen;
  RETURN_IF_ERROR(AddThemes(fs, themes_dir, names, environment, seen, out, *theme_dirs));
  return out;
}

}  // namespace kiln
