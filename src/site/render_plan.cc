#include "site/render_plan.h"

#include <algorithm>

#include "content/pagination.h"
#include "content/permalinks.h"

namespace kiln {

namespace {

bool Enabled(const ContentOptions& o, const char* kind) {
  return o.disabled_kinds.count(kind) == 0;
}

// The page's output formats: front-matter `outputs`, else the site's `[outputs]` for its
// kind, else HTML (+ RSS for lists).
std::vector<OutputKind> Formats(const Page& page, const SiteOptions& site) {
  const ContentOptions& o = site.content;
  const std::vector<std::string>* names = &page.meta.outputs;
  if (names->empty()) {
    auto it = site.outputs.find(PageKindName(page.kind));
    if (it != site.outputs.end()) names = &it->second;
  }
  std::vector<OutputKind> out;
  if (!names->empty()) {
    for (const std::string& f : *names) {
      if (f == "html") out.push_back(OutputKind::kHtml);
      if (f == "rss" && page.IsList()) out.push_back(OutputKind::kRss);
    }
  } else {
    out.push_back(OutputKind::kHtml);
    if (page.IsList()) out.push_back(OutputKind::kRss);
  }
  if (!Enabled(o, "rss"))
    out.erase(std::remove(out.begin(), out.end(), OutputKind::kRss), out.end());
  return out;
}

}  // namespace

RenderPlan PlanOutputs(const Site& site, const Renderer& renderer) {
  RenderPlan plan;
  const ContentTree& tree = site.content();
  const ContentOptions& o = site.options().content;
  auto alias = [&](std::string path, const Page& to) {
    plan.jobs.push_back(
        {OutputKind::kAlias, &to, 1, std::move(path), site.AbsUrl(to.rel_permalink)});
    ++plan.aliases;
  };
  for (const Page* page : tree.pages()) {
    if (!page->ShouldRender()) continue;
    // Content files inside a leaf bundle are pages Hugo renders and counts but never
    // publishes.
    for (const Resource& r : page->resources) plan.pages += r.is_content ? 1 : 0;
    for (OutputKind kind : Formats(*page, site.options())) {
      ++plan.pages;
      if (!renderer.HasLayout(kind, *page)) continue;
      if (kind == OutputKind::kRss) {
        plan.jobs.push_back({kind, page, 1, page->target_dir + "index.xml", ""});
        continue;
      }
      plan.jobs.push_back({kind, page, 1, page->html_path, ""});
      std::optional<PaginationUse> use = page->IsList() ? renderer.Pagination(*page) : std::nullopt;
      if (!use) continue;
      int pagers = PagerCount(use->items, use->page_size);
      for (int n = 2; n <= pagers; ++n) {
        plan.jobs.push_back({kind, page, n, PagerFile(*page, n, o), ""});
        ++plan.paginator_pages;
      }
      alias(PagerFile(*page, 1, o), *page);
    }
    if (site.options().disable_aliases) continue;
    for (const std::string& a : page->meta.aliases) {
      // A relative alias sits beside the page: in the directory of its URL.
      std::string path = a;
      if (!path.starts_with("/")) {
        std::string_view url = page->rel_permalink;
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
    plan.jobs.push_back({OutputKind::kSitemap, nullptr, 1, std::move(path), ""});
    ++plan.sitemaps;
  }
  if (site.options().enable_robots_txt && Enabled(o, "robotstxt") &&
      site.options().first_language()) {
    plan.jobs.push_back({OutputKind::kRobotsTxt, nullptr, 1, "robots.txt", ""});
    ++plan.pages;
  }
  if (renderer.Has404Layout() && Enabled(o, "404")) {
    plan.jobs.push_back({OutputKind::k404, nullptr, 1, o.lang_prefix + "404.html", ""});
    ++plan.pages;
  }
  return plan;
}

}  // namespace kiln
