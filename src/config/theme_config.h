// Themes: finding each theme's directory and merging its config under the site's, with
// Hugo 0.111's rules. A theme only fills in: params (key by key, at any depth), menus the
// site does not define, output formats and media types the site does not define, and the
// params and menus of languages the site defines. Everything else in a theme's config
// (title, markup, taxonomies, …) is ignored. Stateless; thread-safe.
#ifndef KILN_CONFIG_THEME_CONFIG_H_
#define KILN_CONFIG_THEME_CONFIG_H_

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "value/value.h"

namespace kiln {

// The theme names the `theme` setting holds: a string ("a", or "a,b" from -t) or a list.
std::vector<std::string> ThemeNames(const Value& setting);

// `site` with `theme`'s contributions filled in.
Value MergeThemeConfig(const Value& site, const Value& theme);

// Loads each theme in `names` (highest priority first) from `themes_dir`, then the themes
// their own configs name, merges their configs under `site` and stores each theme's
// directory in `theme_dirs`, in priority order. A missing theme is
// a kNotFound error naming it and the directory searched.
StatusOr<Value> ApplyThemes(const FileSystem& fs, const Value& site, const std::string& themes_dir,
                            const std::vector<std::string>& names, const std::string& environment,
                            std::vector<std::string>* theme_dirs);

}  // namespace kiln

#endif  // KILN_CONFIG_THEME_CONFIG_H_
