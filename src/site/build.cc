#include "site/build.h"

#include <algorithm>

#include "base/path.h"
#include "base/strings.h"
#include "content/git_info.h"
#include "content/page_meta.h"
#include "publish/publisher.h"
#include "site/hugo_renderer.h"
#include "site/site_renderer.h"
#include "site/translations.h"

namespace kiln {

namespace {

// "https://example.com/docs/" → "/docs/".
std::string UrlPath(const std::string& base_url) {
  size_t scheme = base_url.find("://");
  size_t start = base_url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (start == std::string::npos) return "/";
  std::string path = base_url.substr(start);
  if (path.back() != '/') path.push_back('/');
  return path;
}

void SetDates(const std::vector<std::string>& configured, std::vector<std::string>* keys) {
  if (!configured.empty()) *keys = ExpandDateKeys(configured);
}

SiteOptions SharedOptions(const SiteConfig& config, int64_t now_unix_seconds) {
  SiteOptions o;
  ContentOptions& c = o.content;
  c.base_url_path = config.canonify_urls ? "/" : UrlPath(config.base_url);
  c.site_title = config.title;
  c.taxonomies.clear();
  for (const auto& [singular, plural] : config.taxonomies)
    c.taxonomies.push_back({singular, plural});
  c.permalinks = config.permalinks;
  c.ugly_urls = config.ugly_urls;
  c.disable_path_to_lower = config.disable_path_to_lower;
  c.pluralize_list_titles = config.pluralize_list_titles;
  c.capitalize_list_titles = config.capitalize_list_titles;
  c.paginate = config.paginate;
  c.paginate_path = config.paginate_path;
  c.build_drafts = config.build_drafts;
  c.build_future = config.build_future;
  c.build_expired = config.build_expired;
  c.disabled_kinds.insert(config.disable_kinds.begin(), config.disable_kinds.end());
  SetDates(config.front_matter.date, &c.dates.date);
  SetDates(config.front_matter.lastmod, &c.dates.lastmod);
  SetDates(config.front_matter.publish_date, &c.dates.publish_date);
  SetDates(config.front_matter.expiry_date, &c.dates.expiry_date);
  c.now_unix_seconds = now_unix_seconds;

  o.content_dirs = {config.content_dir};
  o.static_dirs = config.static_dirs;
  o.layout_dirs = {config.layout_dir};
  o.data_dirs = {config.data_dir};
  o.i18n_dirs = {config.i18n_dir};
  o.asset_dirs = {config.asset_dir};
  o.project_dir = config.source_dir;
  for (const std::string& theme : config.theme_dirs) {
    o.content_dirs.push_back(JoinPath(theme, "content"));
    o.static_dirs.push_back(JoinPath(theme, "static"));
    o.layout_dirs.push_back(JoinPath(theme, "layouts"));
    o.data_dirs.push_back(JoinPath(theme, "data"));
    o.i18n_dirs.push_back(JoinPath(theme, "i18n"));
    o.asset_dirs.push_back(JoinPath(theme, "assets"));
  }
  if (config.outputs.kind() == ValueKind::kMap) {
    for (const auto& [kind, formats] : config.outputs.AsMap()) {
      std::vector<std::string>& names = o.outputs[AsciiLower(kind)];
      if (formats.kind() != ValueKind::kList) continue;
      for (const Value& f : formats.AsList()) {
        if (f.is_string()) names.push_back(AsciiLower(f.AsString()));
      }
    }
  }
  o.base_url = config.base_url;
  o.canonify_urls = config.canonify_urls;
  o.title = config.title;
  o.language_code = config.language_code;
  o.params = config.params;
  o.summary_length = config.summary_length;
  o.markup = config.markup;
  if (const Value* imaging = config.Get("imaging")) o.imaging = *imaging;
  if (const Value* v = config.Get("copyright"); v != nullptr && v->is_string()) {
    o.copyright = v->AsString();
  }
  if (const Value* v = config.Get("author"); v != nullptr) o.author = *v;
  o.disable_aliases = config.disable_aliases;
  o.enable_robots_txt = config.enable_robots_txt;
  o.menus = config.menus;
  if (const Value* v = config.Get("menu"); v != nullptr && o.menus.is_null()) o.menus = *v;
  if (const Value* v = config.Get("sectionpagesmenu"); v != nullptr && v->is_string()) {
    o.section_pages_menu = v->AsString();
  }
  o.config = config.root();
  if (!config.environment.empty()) o.environment = config.environment;
  c.environment = o.environment;
  return o;
}

// `.Site.Params` of a language: the site's params, over them the keys of the language's
// own section (Hugo lets `title`, `weight`, `contentdir` and `params` itself show there,
// which themes read as `site.Params.title`), then the language's params.
Value MergedParams(const Value& site, const LanguageConfig& l) {
  if (l.settings.kind() != ValueKind::kMap) return site;
  ValueMap merged = site.kind() == ValueKind::kMap ? site.AsMap() : ValueMap();
  for (const auto& [k, v] : l.settings.AsMap()) merged[k] = v;
  if (l.params.kind() == ValueKind::kMap) {
    for (const auto& [k, v] : l.params.AsMap()) merged[k] = v;
  }
  return Value::Params(std::move(merged));
}

Language LanguageOf(const LanguageConfig& l, const SiteConfig& config) {
  Language out;
  out.lang = l.key;
  out.name = l.name;
  out.code = l.code.empty() ? config.language_code : l.code;
  out.title = l.title.empty() ? config.title : l.title;
  out.weight = l.weight;
  // `.Language.Params` holds the keys of the language's section too (PaperMod reads
  // `.Language.Params.Taxonomies.tag`).
  out.params = MergedParams(Value(), l);
  if (l.settings.kind() == ValueKind::kMap) {
    const Value* v = l.settings.Find("languagedirection");
    if (v != nullptr && v->is_string()) out.direction = v->AsString();
  }
  return out;
}

// Turns the shared options into language `index`'s: its title, code, params, the keys it
// overrides, where its pages go and which content files are its own.
void ApplyLanguage(const SiteConfig& config, size_t index, SiteOptions* o) {
  const std::vector<LanguageConfig>& all = config.languages_enabled;
  const LanguageConfig& l = all[index];
  for (const LanguageConfig& each : all) o->languages.push_back(LanguageOf(each, config));
  o->language = o->languages[index];
  o->default_lang = config.default_content_language;
  o->default_lang_in_subdir = config.default_content_language_in_subdir;
  o->title = o->language.title;
  o->content.site_title = o->language.title;
  o->language_code = o->language.code;
  o->params = MergedParams(o->params, l);
  ContentOptions& c = o->content;
  if (l.settings.kind() == ValueKind::kMap) {
    if (const Value* v = l.settings.Find("paginate"); v != nullptr && v->kind() == ValueKind::kInt)
      c.paginate = static_cast<int>(v->AsInt());
    if (const Value* v = l.settings.Find("paginatepath"); v != nullptr && v->is_string())
      c.paginate_path = v->AsString();
    if (const Value* v = l.settings.Find("copyright"); v != nullptr && v->is_string())
      o->copyright = v->AsString();
    // A language's own menus replace the site's.
    for (const char* key : {"menus", "menu"}) {
      if (const Value* v = l.settings.Find(key); v != nullptr && v->kind() == ValueKind::kMap) {
        o->menus = *v;
        break;
      }
    }
    // A language's own disableKinds replaces the site's list.
    if (const Value* v = l.settings.Find("disablekinds");
        v != nullptr && v->kind() == ValueKind::kList) {
      c.disabled_kinds.clear();
      for (const Value& kind : v->AsList()) {
        if (kind.is_string()) c.disabled_kinds.insert(AsciiLower(kind.AsString()));
      }
    }
    // A language's own taxonomies replace the site's whole map, as Hugo layers the settings.
    if (const Value* v = l.settings.Find("taxonomies");
        v != nullptr && v->kind() == ValueKind::kMap) {
      c.taxonomies.clear();
      for (const auto& [singular, plural] : v->AsMap()) {
        if (plural.is_string()) c.taxonomies.push_back({singular, plural.AsString()});
      }
    }
  }
  c.lang = l.key;
  c.default_lang = config.default_content_language;
  // Files of disabled languages are recognised too, and skipped.
  for (const LanguageConfig& each : all) c.languages.push_back(each.key);
  if (config.languages.kind() == ValueKind::kMap) {
    for (const auto& [key, settings] : config.languages.AsMap()) {
      if (std::find(c.languages.begin(), c.languages.end(), AsciiLower(key)) == c.languages.end())
        c.languages.push_back(AsciiLower(key));
    }
  }
  if (o->multilingual() && (l.key != c.default_lang || o->default_lang_in_subdir)) {
    c.lang_prefix = l.key + "/";
  }
  // Every language reads every language's content directory, its own first: a file's
  // suffix, else its directory, decides its language. A directory shared by several
  // languages holds the default language's unsuffixed files when the default shares it.
  auto dir_of = [&](const LanguageConfig& each) {
    return each.content_dir.empty() ? config.content_dir : each.content_dir;
  };
  for (const LanguageConfig& each : all) {
    if (each.key == c.default_lang) c.dir_languages.emplace(dir_of(each), each.key);
  }
  for (const LanguageConfig& each : all) c.dir_languages.emplace(dir_of(each), each.key);
  std::vector<std::string> dirs = {dir_of(l)};
  for (const LanguageConfig& each : all) {
    if (std::find(dirs.begin(), dirs.end(), dir_of(each)) == dirs.end()) {
      dirs.push_back(dir_of(each));
    }
  }
  for (size_t i = 1; i < o->content_dirs.size(); ++i) dirs.push_back(o->content_dirs[i]);
  o->content_dirs = std::move(dirs);
}

// The language's timeZone, else the site's. Zone files come from the system's database
// whatever file system holds the site.
Status ApplyTimeZone(const SiteConfig& config, const LanguageConfig& l, ContentOptions* c) {
  std::string name = config.time_zone;
  if (l.settings.kind() == ValueKind::kMap) {
    if (const Value* v = l.settings.Find("timezone"); v != nullptr && v->is_string())
      name = v->AsString();
  }
  RealFileSystem system;
  StatusOr<TimeZone> zone = LoadTimeZone(system, std::string(kSystemZoneinfoDir), name);
  if (!zone.ok()) {
    return InvalidArgumentError("invalid timeZone for language \"" + l.key +
                                "\": " + std::string(zone.status().message()));
  }
  c->time_zone = *std::move(zone);
  return Status::Ok();
}

}  // namespace

StatusOr<std::vector<SiteOptions>> SiteOptionsFromConfig(const SiteConfig& config,
                                                         int64_t now_unix_seconds) {
  SiteOptions shared = SharedOptions(config, now_unix_seconds);
  std::vector<SiteOptions> out;
  for (size_t i = 0; i < config.languages_enabled.size(); ++i) {
    ApplyLanguage(config, i, &out.emplace_back(shared));
    RETURN_IF_ERROR(ApplyTimeZone(config, config.languages_enabled[i], &out.back().content));
  }
  return out;
}

StatusOr<BuildSummary> BuildSite(const BuildRequest& request) {
  const int64_t start = request.clock->MonotonicNanos();
  BuildLog own_log;
  BuildLog* log = request.log != nullptr ? request.log : &own_log;
  std::vector<std::unique_ptr<Site>> sites;
  ASSIGN_OR_RETURN(
      std::vector<SiteOptions> all_options,
      SiteOptionsFromConfig(*request.config, request.clock->NowUnixNanos() / 1000000000));
  if (const Value* git = request.config->Get("enablegitinfo");
      git && git->kind() == ValueKind::kBool && git->AsBool()) {
    // One git log serves every language, as in hugo; outside a repository hugo fails the
    // build with git's message.
    StatusOr<GitHistory> history = GitHistory::Load(request.config->source_dir);
    if (!history.ok()) {
      return FailedPreconditionError("Failed to read Git log: " + history.status().message());
    }
    auto shared = std::make_shared<const GitHistory>(*std::move(history));
    for (SiteOptions& options : all_options) options.content.git_history = shared;
  }
  for (SiteOptions& options : all_options) {
    ASSIGN_OR_RETURN(sites.emplace_back(), Site::Load(*request.fs, std::move(options)));
  }
  LinkTranslations(sites);
  std::vector<std::unique_ptr<HugoRenderer>> renderers;
  for (const std::unique_ptr<Site>& site : sites) {
    renderers.push_back(std::make_unique<HugoRenderer>(request.fs, log));
    RETURN_IF_ERROR(renderers.back()->Prepare(*site));
  }
  std::vector<const HugoRenderer*> hugo_renderers;
  std::vector<const Renderer*> site_renderers;
  std::vector<const Site*> site_ptrs;
  for (size_t i = 0; i < sites.size(); ++i) {
    hugo_renderers.push_back(renderers[i].get());
    site_renderers.push_back(renderers[i].get());
    site_ptrs.push_back(sites[i].get());
  }
  for (const std::unique_ptr<HugoRenderer>& r : renderers) r->LinkLanguages(hugo_renderers);
  ASSIGN_OR_RETURN(std::unique_ptr<DirectoryPublisher> publisher,
                   DirectoryPublisher::Create(request.fs, request.config->publish_dir,
                                              request.config->clean_destination_dir));
  ASSIGN_OR_RETURN(BuildSummary summary, RenderSites(site_ptrs, site_renderers, *request.fs,
                                                     *publisher, request.workers, *log));
  summary.duration_ms = (request.clock->MonotonicNanos() - start) / 1000000;
  if (request.keep_alive != nullptr) {
    // Renderers borrow the sites, so they go first whenever the pair is freed.
    struct Built {
      std::vector<std::unique_ptr<Site>> sites;
      std::vector<std::unique_ptr<HugoRenderer>> renderers;
    };
    *request.keep_alive =
        std::make_shared<const Built>(Built{std::move(sites), std::move(renderers)});
  }
  return summary;
}

}  // namespace kiln
