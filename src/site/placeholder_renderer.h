// PlaceholderRenderer: stands in for the Hugo layer until templates render. Each output is
// a few lines naming the page's kind, title and permalink, so tests see which paths exist.
// It reads the layouts only to answer what decides the output set: a list layout that
// mentions `.Paginator` paginates Hugo's default collection (the site's regular pages on
// home, `.Pages` elsewhere), one with `.Paginate .Pages` the page's `.Pages`; `404.html`
// enables the 404 page.
//
// Thread-safe after Prepare.
#ifndef KILN_SITE_PLACEHOLDER_RENDERER_H_
#define KILN_SITE_PLACEHOLDER_RENDERER_H_

#include <map>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "site/renderer.h"

namespace kiln {

class PlaceholderRenderer final : public Renderer {
 public:
  // `fs` is borrowed for Prepare.
  explicit PlaceholderRenderer(const FileSystem* fs) : fs_(fs) {}

  Status Prepare(const Site& site) override;
  std::optional<size_t> PaginatedItemCount(const Page& page) const override;
  bool Has404Layout() const override;
  StatusOr<std::string> Render(const RenderJob& job) const override;

 private:
  // The first existing layout among `candidates` (paths under a layouts dir), or null.
  const std::string* FindLayout(const std::vector<std::string>& candidates) const;

  const FileSystem* fs_;
  const Site* site_ = nullptr;
  std::map<std::string, std::string> layouts_;  // "_default/list.html" → text; site over theme
};

}  // namespace kiln

#endif  // KILN_SITE_PLACEHOLDER_RENDERER_H_
