// Renderer: the interface the render phase calls to turn one planned output into bytes.
// The Hugo layer (layouts, Go templates, Markdown) implements it (HugoRenderer). The site
// decides which outputs exist (render_plan.h) and asks the renderer only what depends on
// layouts: whether a page has a layout for a format, what a list layout paginates, and
// whether a 404 layout exists.
//
// Prepare runs once, single-threaded, after assembly; Render is called from many threads
// at once and must not mutate shared state.
#ifndef KILN_SITE_RENDERER_H_
#define KILN_SITE_RENDERER_H_

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "base/status.h"
#include "content/page.h"

namespace kiln {

class Site;

// What one output file is.
// kFormat is a page in any other output format (JSON, a site's own), named by `format`.
enum class OutputKind { kHtml, kRss, kFormat, kSitemap, kRobotsTxt, k404, kAlias };

struct RenderJob {
  OutputKind kind = OutputKind::kHtml;
  const Page* page = nullptr;  // null for sitemap, robots.txt and 404
  int pager = 1;               // 1-based pager number for paginated list pages
  std::string path;            // output path relative to the publish directory
  std::string redirect_to;     // for kAlias: the permalink the alias points at
  std::string format;          // for kFormat: the output format's name
};

// What a list layout paginated: how many items, in pagers of how many.
struct PaginationUse {
  size_t items = 0;
  int page_size = 10;
};

class Renderer {
 public:
  virtual ~Renderer() = default;
  // Loads layouts or other per-build state. `site` outlives every later call.
  virtual Status Prepare(const Site& site) = 0;
  // Whether the page of `job` (kHtml, kRss or kFormat) has a layout for it; Hugo writes
  // nothing for an output without one.
  virtual bool HasLayout(const RenderJob& job) const = 0;
  // What the HTML layout of list page `page` paginates, or nullopt when it does not
  // paginate (then no pager pages and no `/page/1/` alias are written). Called
  // single-threaded, between Prepare and the first Render.
  virtual std::optional<PaginationUse> Pagination(const Page& page) const = 0;
  // Whether the site has a 404 layout.
  virtual bool Has404Layout() const = 0;
  virtual StatusOr<std::string> Render(const RenderJob& job) const = 0;
  // Files the layouts published while rendering (assets whose URL a template asked for),
  // by output path. Called after every Render has returned.
  virtual std::map<std::string, std::shared_ptr<const std::string>> PublishedOnUse() const {
    return {};
  }
  // How many images the layouts processed (Resize, Fill, …), each distinct one once.
  virtual int ProcessedImages() const { return 0; }
};

}  // namespace kiln

#endif  // KILN_SITE_RENDERER_H_
