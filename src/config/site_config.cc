#include "config/site_config.h"

#include "base/path.h"
#include "base/strings.h"
#include "config/config_files.h"
#include "config/config_reader.h"
#include "config/defaults.h"
#include "config/env_overrides.h"
#include "config/theme_config.h"
#include "config/value_tree.h"

namespace kiln {

namespace {

std::string Resolve(const std::string& source_dir, const std::string& dir) {
  if (!dir.empty() && dir.front() == '/') return CleanPath(dir);
  return CleanPath(JoinPath(source_dir, dir));
}

Value Set(const Value& tree, std::string_view key, Value value) {
  return SetPath(tree, {std::string(key)}, std::move(value));
}

// Settings Hugo knows without registering them as printed defaults.
Value UnprintedDefaults() {
  return Value::Map({
      {"archetypedir", Value::String("archetypes")},
      {"assetdir", Value::String("assets")},
      {"baseurl", Value::String("")},
      {"capitalizelisttitles", Value::Bool(true)},
      {"contentdir", Value::String("content")},
      {"datadir", Value::String("data")},
      {"disablekinds", Value::List({})},
      {"enablerobotstxt", Value::Bool(false)},
      {"i18ndir", Value::String("i18n")},
      {"languagecode", Value::String("")},
      {"layoutdir", Value::String("layouts")},
      {"staticdir", Value::String("static")},
      {"timezone", Value::String("")},
      {"title", Value::String("")},
  });
}

// The merged tree before typed extraction; also records the theme directories and the
// config format.
StatusOr<Value> MergeSources(const FileSystem& fs, const ConfigOptions& options,
                             SiteConfig& config) {
  ASSIGN_OR_RETURN(
      ProjectConfig site,
      LoadProjectConfig(fs, options.source_dir, options.environment, options.config_files));
  if (site.files.empty()) {
    return NotFoundError("no config file in " + CleanPath(options.source_dir) +
                         ": looked for hugo.toml|yaml|json, config.toml|yaml|json and "
                         "config/_default/");
  }
  config.config_format = DataFormatFromExtension(PathExt(site.files.front())).value();
  Value tree = WithTopLevelDefaults(site.tree, TopLevelDefaults());
  const auto tmp = options.env.find("TMPDIR");
  const std::string tmp_dir =
      tmp != options.env.end() && !tmp->second.empty() ? tmp->second : "/tmp";
  tree = WithTopLevelDefaults(
      tree, Value::Map({
                {"cachedir", Value::String(CleanPath(tmp_dir) + "/hugo_cache/")},
                {"environment", Value::String(options.environment)},
                {"workingdir", Value::String(options.working_dir.empty() ? options.source_dir
                                                                         : options.working_dir)},
            }));
  tree = Set(tree, "publishdirorig", *tree.Find("publishdir"));
  tree = ApplyEnvOverrides(tree, options.env);

  // Flags win over everything; the theme flag must be known before themes are merged.
  if (options.theme) tree = Set(tree, "theme", Value::String(*options.theme));
  if (options.base_url) tree = Set(tree, "baseurl", Value::String(*options.base_url));
  if (options.destination) tree = Set(tree, "publishdir", Value::String(*options.destination));
  if (options.build_drafts) tree = Set(tree, "builddrafts", Value::Bool(*options.build_drafts));
  if (options.build_future) tree = Set(tree, "buildfuture", Value::Bool(*options.build_future));
  if (options.build_expired) {
    tree = Set(tree, "buildexpired", Value::Bool(*options.build_expired));
  }
  if (options.clean_destination_dir) tree = Set(tree, "cleandestinationdir", Value::Bool(true));
  if (options.minify) tree = SetPath(tree, {"minify", "minifyoutput"}, Value::Bool(true));
  tree = Set(tree, "environment", Value::String(options.environment));
  if (options.source_given) tree = Set(tree, "source", Value::String(options.source_dir));
  // Hugo keeps the legacy name `indexes` equal to the taxonomies.
  tree = Set(tree, "indexes", *tree.Find("taxonomies"));

  ConfigReader reader(tree);
  ASSIGN_OR_RETURN(std::string themes_dir, reader.String("themesdir", "themes"));
  const Value* theme = tree.Find("theme");
  return ApplyThemes(fs, tree, Resolve(options.source_dir, themes_dir),
                     ThemeNames(theme ? *theme : Value()), options.environment, &config.theme_dirs);
}

Status ReadTyped(const ConfigReader& r, SiteConfig& c) {
  ASSIGN_OR_RETURN(c.base_url, r.String("baseurl", ""));
  ASSIGN_OR_RETURN(c.title, r.String("title", ""));
  ASSIGN_OR_RETURN(c.language_code, r.String("languagecode", ""));
  ASSIGN_OR_RETURN(std::string lang, r.String("defaultcontentlanguage", "en"));
  c.default_content_language = AsciiLower(lang);
  ASSIGN_OR_RETURN(c.default_content_language_in_subdir,
                   r.Bool("defaultcontentlanguageinsubdir", false));
  ASSIGN_OR_RETURN(c.disable_languages, r.StringList("disablelanguages"));
  for (std::string& l : c.disable_languages) l = AsciiLower(l);
  ASSIGN_OR_RETURN(c.time_zone, r.String("timezone", ""));
  ASSIGN_OR_RETURN(c.title_case_style, r.String("titlecasestyle", "AP"));

  struct DirSetting {
    const char* key;
    const char* fallback;
    std::string* out;
  };
  for (const DirSetting& d :
       {DirSetting{"themesdir", "themes", &c.themes_dir},
        DirSetting{"contentdir", "content", &c.content_dir},
        DirSetting{"layoutdir", "layouts", &c.layout_dir},
        DirSetting{"datadir", "data", &c.data_dir},
        DirSetting{"archetypedir", "archetypes", &c.archetype_dir},
        DirSetting{"i18ndir", "i18n", &c.i18n_dir}, DirSetting{"assetdir", "assets", &c.asset_dir},
        DirSetting{"publishdir", "public", &c.publish_dir},
        DirSetting{"resourcedir", "resources", &c.resource_dir}}) {
    ASSIGN_OR_RETURN(std::string dir, r.String(d.key, d.fallback));
    *d.out = Resolve(c.source_dir, dir);
  }
  ASSIGN_OR_RETURN(std::vector<std::string> static_dirs, r.StringList("staticdir"));
  for (const std::string& dir : static_dirs) c.static_dirs.push_back(Resolve(c.source_dir, dir));

  struct BoolSetting {
    const char* key;
    bool* out;
  };
  for (const BoolSetting& b :
       {BoolSetting{"builddrafts", &c.build_drafts}, BoolSetting{"buildfuture", &c.build_future},
        BoolSetting{"buildexpired", &c.build_expired},
        BoolSetting{"cleandestinationdir", &c.clean_destination_dir},
        BoolSetting{"uglyurls", &c.ugly_urls}, BoolSetting{"canonifyurls", &c.canonify_urls},
        BoolSetting{"relativeurls", &c.relative_urls},
        BoolSetting{"disablepathtolower", &c.disable_path_to_lower},
        BoolSetting{"removepathaccents", &c.remove_path_accents},
        BoolSetting{"pluralizelisttitles", &c.pluralize_list_titles},
        BoolSetting{"capitalizelisttitles", &c.capitalize_list_titles},
        BoolSetting{"disablealiases", &c.disable_aliases},
        BoolSetting{"enablerobotstxt", &c.enable_robots_txt},
        BoolSetting{"enableemoji", &c.enable_emoji},
        BoolSetting{"hascjklanguage", &c.has_cjk_language}}) {
    ASSIGN_OR_RETURN(*b.out, r.Bool(b.key, *b.out));
  }
  ASSIGN_OR_RETURN(c.disable_kinds, r.StringList("disablekinds"));
  for (std::string& kind : c.disable_kinds) kind = AsciiLower(kind);

  ASSIGN_OR_RETURN(c.paginate, r.Int("paginate", 10));
  ASSIGN_OR_RETURN(c.paginate_path, r.String("paginatepath", "page"));
  ASSIGN_OR_RETURN(c.summary_length, r.Int("summarylength", 70));
  ASSIGN_OR_RETURN(c.rss_limit, r.Int("rsslimit", -1));

  ASSIGN_OR_RETURN(c.taxonomies, r.StringMap("taxonomies"));
  ASSIGN_OR_RETURN(c.permalinks, r.StringMap("permalinks"));
  ASSIGN_OR_RETURN(c.sitemap.change_freq, r.String("sitemap.changefreq", ""));
  ASSIGN_OR_RETURN(c.sitemap.priority, r.Float("sitemap.priority", -1));
  ASSIGN_OR_RETURN(c.sitemap.filename, r.String("sitemap.filename", "sitemap.xml"));
  ASSIGN_OR_RETURN(c.front_matter.date, r.StringList("frontmatter.date"));
  ASSIGN_OR_RETURN(c.front_matter.lastmod, r.StringList("frontmatter.lastmod"));
  ASSIGN_OR_RETURN(c.front_matter.publish_date, r.StringList("frontmatter.publishdate"));
  ASSIGN_OR_RETURN(c.front_matter.expiry_date, r.StringList("frontmatter.expirydate"));
  for (auto* list : {&c.front_matter.date, &c.front_matter.lastmod, &c.front_matter.publish_date,
                     &c.front_matter.expiry_date}) {
    for (std::string& key : *list) key = AsciiLower(key);
  }

  struct SectionSetting {
    const char* key;
    Value* out;
  };
  for (const SectionSetting& s :
       {SectionSetting{"markup", &c.markup}, SectionSetting{"params", &c.params},
        SectionSetting{"menus", &c.menus}, SectionSetting{"languages", &c.languages},
        SectionSetting{"outputs", &c.outputs}, SectionSetting{"outputformats", &c.output_formats},
        SectionSetting{"mediatypes", &c.media_types}, SectionSetting{"deployment", &c.deployment},
        SectionSetting{"check", &c.check}}) {
    ASSIGN_OR_RETURN(*s.out, r.Section(s.key));
  }
  ASSIGN_OR_RETURN(c.languages_enabled, EnabledLanguages(c.languages, c.default_content_language,
                                                         c.disable_languages, c.source_dir));
  return Status::Ok();
}

}  // namespace

const Value* SiteConfig::Get(std::string_view dotted_key) const {
  return FindPath(root_, SplitKey(dotted_key));
}

StatusOr<SiteConfig> LoadSiteConfig(const FileSystem& fs, const ConfigOptions& options) {
  SiteConfig config;
  config.environment = options.environment;
  config.source_dir = options.source_dir;
  ASSIGN_OR_RETURN(config.printable_, MergeSources(fs, options, config));
  for (const std::string& dir : config.theme_dirs) config.themes.emplace_back(PathBase(dir));

  Value root = WithTopLevelDefaults(config.printable_, UnprintedDefaults());
  const Value* markup = root.Find("markup");
  root = Set(root, "markup", MergeOver(MarkupDefaults(), markup ? *markup : Value()));
  config.root_ = std::move(root);
  RETURN_IF_ERROR(ReadTyped(ConfigReader(config.root_), config));
  // `hugo config` shows the languages `disableLanguages` names as disabled.
  for (const std::string& lang : config.disable_languages) {
    if (FindPath(config.printable_, {"languages", lang}) != nullptr) {
      config.printable_ =
          SetPath(config.printable_, {"languages", lang, "disabled"}, Value::Bool(true));
    }
  }
  return config;
}

}  // namespace kiln
