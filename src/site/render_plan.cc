#include "site/render_plan.h"

#include <algorithm>
#include <set>

#include "base/percent_decode.h"
#include "content/pagination.h"
#include "content/permalinks.h"
#include "hugo/format_target.h"

namespace kiln {

namespace {

bool Enabled(const ContentOptions& o, const char* kind) {
  return o.disabled_kinds.count(kind) == 0;
}

}  // namespace

hugo::OutputsConfig SiteOutputsConfig(const SiteOptions& options) {
  hugo::OutputsConfig c;
  const Value* formats = options.config.Find("outputformats");
  const Value* media = options.config.Find("mediatypes");
  c.formats = hugo::SiteOutputFormats(formats != nullptr ? *formats : Value(),
                                      media != nullptr ? *media : Value());
  c.per_kind = options.outputs;
  c.rss_enabled = Enabled(options.content, "rss");
  return c;
}

RenderPlan PlanOutputs(const Site& site, const Renderer& renderer) {
  RenderPlan plan;
  const ContentTree& tree = site.content();
  const ContentOptions& o = site.options().content;
  const hugo::OutputsConfig outputs = SiteOutputsConfig(site.options());
  auto alias = [&](std::string path, const Page& to) {
    plan.jobs.push_back(
        {OutputKind::kAlias, &to, 1, std::move(path), site.AbsUrl(to.rel_permalink), ""});
    ++plan.aliases;
  };
  for (const Page* page : tree.pages()) {
    if (!page->ShouldRender()) continue;
    // Content files inside a leaf bundle are pages Hugo renders and counts but never
    // publishes.
    for (const Resource& r : page->resources) plan.pages += r.is_content ? 1 : 0;
    std::set<std::string> resource_dirs{page->target_dir};
    for (const hugo::OutputFormat* format : hugo::PageOutputFormats(*page, outputs)) {
      if (!page->meta.build.publish_resources) break;
      std::string dir = hugo::FormatTargetFor(*page, *format, o).resource_dir;
      if (!resource_dirs.insert(dir).second) continue;
      for (const Resource& r : page->resources) {
        if (!r.is_content) plan.resource_copies.push_back({r.filesystem_path, dir + r.rel_path});
      }
    }
    for (const hugo::OutputFormat* format : hugo::PageOutputFormats(*page, outputs)) {
      ++plan.pages;
      RenderJob job{OutputKind::kFormat, page, 1, hugo::FormatTargetFor(*page, *format, o).path, "",
                    format->name};
      if (format->name == "HTML") job = {OutputKind::kHtml, page, 1, page->html_path, "", ""};
      if (format->name == "RSS") job.kind = OutputKind::kRss;
      if (!renderer.HasLayout(job)) continue;
      const OutputKind kind = job.kind;
      plan.jobs.push_back(std::move(job));
      if (kind != OutputKind::kHtml) continue;
      std::optional<PaginationUse> use = page->IsList() ? renderer.Pagination(*page) : std::nullopt;
      if (!use) continue;
      int pagers = PagerCount(use->items, use->page_size);
      for (int n = 2; n <= pagers; ++n) {
        plan.jobs.push_back({kind, page, n, PagerFile(*page, n, o), "", ""});
        ++plan.paginator_pages;
      }
      alias(PagerFile(*page, 1, o), *page);
    }
    if (site.options().disable_aliases) continue;
    for (const std::string& a : page->meta.aliases) {
      // A relative alias sits beside the page: in the directory of its URL.
      std::string path = a;
      if (!path.starts_with("/")) {
        const std::string decoded = PercentDecode(page->rel_permalink, PlusDecoding::kLiteral);
        std::string_view url = decoded;
        url.remove_prefix(o.base_url_path.size() - 1);
        if (url.ends_with("/")) url.remove_suffix(1);
        path = std::string(url.substr(0, url.rfind('/') + 1)) + path;
      }
      while (path.size() > 1 && path.back() == '/') path.pop_back();
      alias(TargetFileForPath(path, o.ugly_urls), *page);
    }
  }
  if (Enabled(o, "sitemap")) {
    // A multilingual site has one sitemap per language, under the language's key even
    // where its pages are not (see language_roots.h for the index at the root).
    std::string path = site.options().multilingual() ? site.options().language.lang + "/sitemap.xml"
                                                     : "sitemap.xml";
    plan.jobs.push_back({OutputKind::kSitemap, nullptr, 1, std::move(path), "", ""});
    ++plan.sitemaps;
  }
  if (site.options().enable_robots_txt && Enabled(o, "robotstxt") &&
      site.options().first_language()) {
    plan.jobs.push_back({OutputKind::kRobotsTxt, nullptr, 1, "robots.txt", "", ""});
    ++plan.pages;
  }
  if (renderer.Has404Layout() && Enabled(o, "404")) {
    plan.jobs.push_back({OutputKind::k404, nullptr, 1, o.lang_prefix + "404.html", "", ""});
    ++plan.pages;
  }
  return plan;
}

}  // namespace kiln
