// SiteConfig: a site's effective configuration, merged as Hugo 0.111 merges it, and the
// loader that builds it.
//
// Sources, weakest first: Hugo's defaults; the themes' configs (which only fill in params,
// menus, output formats and media types the site leaves unset); the site's
// config file (`hugo.toml|yaml|json`, else `config.toml|yaml|json`, or the `--config`
// list); `config/_default/` and then `config/<environment>/`; `HUGO_*` environment
// variables; command-line flags. Keys are lower-cased when files are read, so every
// lookup is case-insensitive.
//
// A SiteConfig is a plain value built once by LoadSiteConfig and read-only afterwards; it
// may be shared between threads. Its Values share immutable storage, so copies are cheap.
#ifndef KILN_CONFIG_SITE_CONFIG_H_
#define KILN_CONFIG_SITE_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "config/languages.h"
#include "value/decode.h"
#include "value/value.h"

namespace kiln {

// What the command line contributes. The CLI fills it; nothing here reads the process
// environment or the working directory.
struct ConfigOptions {
  std::string source_dir = ".";            // -s
  std::string environment = "production";  // -e, else HUGO_ENVIRONMENT
  std::vector<std::string> config_files;   // --config a.toml,b.toml (relative to source_dir)
  std::optional<std::string> destination;  // -d
  std::optional<std::string> base_url;     // -b
  std::optional<std::string> theme;        // -t (comma-separated list)
  std::optional<bool> build_drafts;        // -D
  std::optional<bool> build_future;        // -F
  std::optional<bool> build_expired;       // -E
  bool clean_destination_dir = false;      // --cleanDestinationDir
  bool minify = false;                     // --minify: sets minify.minifyOutput
  std::map<std::string, std::string> env;  // the process environment (HUGO_* overrides)
  std::string working_dir;    // absolute source directory, for `kiln config`; "" → source_dir
  bool source_given = false;  // -s was on the command line (`kiln config` prints it as given)
};

// `[sitemap]`.
struct SitemapConfig {
  std::string change_freq;  // "" when unset
  double priority = -1;     // -1 when unset
  std::string filename = "sitemap.xml";
};

// `[frontmatter]` as the user wrote it: lower-cased key lists; an empty list means "use
// Hugo's default" for that date.
struct FrontMatterConfig {
  std::vector<std::string> date, lastmod, publish_date, expiry_date;
};

struct SiteConfig {
  // The whole merged tree: lower-cased keys, every default filled in (including the
  // `markup` section). Get() takes dotted keys in any case: "markup.goldmark.renderer.unsafe".
  const Value& root() const { return root_; }
  const Value* Get(std::string_view dotted_key) const;
  // The tree `hugo config` prints: what the sources set plus the defaults Hugo registers
  // up front (it leaves out section defaults such as `markup`).
  const Value& printable() const { return printable_; }

  std::string environment;
  std::string source_dir;  // as given, '/'-separated
  // The format of the first config file read; `hugo config` prints `key = value` after a
  // TOML file and `key: value` otherwise.
  DataFormat config_format = DataFormat::kToml;

  std::string base_url;  // "" when unset
  std::string title;
  std::string language_code;
  std::string default_content_language = "en";
  bool default_content_language_in_subdir = false;
  std::vector<std::string> disable_languages;  // lower-cased
  // The languages the site is built in, in Hugo's order (see languages.h); never empty.
  std::vector<LanguageConfig> languages_enabled;
  std::string time_zone;  // "" when unset
  std::string title_case_style = "AP";

  // Directories, each joined with source_dir unless absolute.
  std::vector<std::string> themes;      // names, highest priority first
  std::vector<std::string> theme_dirs;  // themes_dir/<name>, in the same order
  std::string themes_dir, content_dir, layout_dir, data_dir, archetype_dir, i18n_dir, asset_dir,
      publish_dir, resource_dir;
  std::vector<std::string> static_dirs;

  bool build_drafts = false, build_future = false, build_expired = false;
  bool clean_destination_dir = false;
  bool ugly_urls = false, canonify_urls = false, relative_urls = false;
  bool disable_path_to_lower = false, remove_path_accents = false;
  bool pluralize_list_titles = true, capitalize_list_titles = true;
  bool disable_aliases = false, enable_robots_txt = false, enable_emoji = false;
  bool has_cjk_language = false;
  std::vector<std::string> disable_kinds;  // lower-cased

  int paginate = 10;
  std::string paginate_path = "page";
  int summary_length = 70;
  int rss_limit = -1;

  std::map<std::string, std::string> taxonomies;  // singular → plural
  std::map<std::string, std::string> permalinks;  // section or taxonomy → pattern
  SitemapConfig sitemap;
  FrontMatterConfig front_matter;

  // Sections kept as Values (null or a Map), keys lower-cased.
  Value markup, params, menus, languages, outputs, output_formats, media_types, deployment, check;

 private:
  friend StatusOr<SiteConfig> LoadSiteConfig(const FileSystem& fs, const ConfigOptions& options);
  Value root_;
  Value printable_;
};

// Loads, merges and validates. Errors: syntax errors with file:line:col and the line; a
// missing theme names it and the directory searched; a value of the wrong type names the
// key; no config file at all is a kNotFound error.
StatusOr<SiteConfig> LoadSiteConfig(const FileSystem& fs, const ConfigOptions& options);

}  // namespace kiln

#endif  // KILN_CONFIG_SITE_CONFIG_H_
