#include "site/build.h"

#include "base/path.h"
#include "base/strings.h"
#include "content/page_meta.h"
#include "publish/publisher.h"
#include "site/hugo_renderer.h"
#include "site/site_renderer.h"

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

}  // namespace

SiteOptions SiteOptionsFromConfig(const SiteConfig& config, int64_t now_unix_seconds) {
  SiteOptions o;
  ContentOptions& c = o.content;
  c.base_url_path = UrlPath(config.base_url);
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
  o.project_dir = config.source_dir;
  for (const std::string& theme : config.theme_dirs) {
    o.content_dirs.push_back(JoinPath(theme, "content"));
    o.static_dirs.push_back(JoinPath(theme, "static"));
    o.layout_dirs.push_back(JoinPath(theme, "layouts"));
    o.data_dirs.push_back(JoinPath(theme, "data"));
    o.i18n_dirs.push_back(JoinPath(theme, "i18n"));
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
  o.title = config.title;
  o.language_code = config.language_code;
  o.params = config.params;
  o.summary_length = config.summary_length;
  o.markup = config.markup;
  if (const Value* v = config.Get("copyright"); v != nullptr && v->is_string()) {
    o.copyright = v->AsString();
  }
  if (const Value* v = config.Get("author"); v != nullptr) o.author = *v;
  o.disable_aliases = config.disable_aliases;
  o.enable_robots_txt = config.enable_robots_txt;
  o.config = config.root();
  return o;
}

StatusOr<BuildSummary> BuildSite(const BuildRequest& request) {
  const int64_t start = request.clock->MonotonicNanos();
  SiteOptions options =
      SiteOptionsFromConfig(*request.config, request.clock->NowUnixNanos() / 1000000000);
  ASSIGN_OR_RETURN(std::unique_ptr<Site> site, Site::Load(*request.fs, std::move(options)));
  HugoRenderer renderer(request.fs);
  ASSIGN_OR_RETURN(std::unique_ptr<DirectoryPublisher> publisher,
                   DirectoryPublisher::Create(request.fs, request.config->publish_dir,
                                              request.config->clean_destination_dir));
  ASSIGN_OR_RETURN(BuildSummary summary,
                   RenderSite(*site, renderer, *request.fs, *publisher, request.workers));
  summary.duration_ms = (request.clock->MonotonicNanos() - start) / 1000000;
  return summary;
}

}  // namespace kiln
