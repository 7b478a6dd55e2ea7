// HugoRenderer: renders each planned output through the site's layouts (its own, its
// themes', then kiln's embedded ones) with the Go template engine, the page and site
// objects and the function library, then applies Hugo's post-render transforms. Layouts
// are looked up and parsed in Prepare; Render only executes them.
//
// Whether a list layout paginates is learnt as Hugo learns it, by rendering its first
// pager (Pagination); that output is kept and published as is. Thread-safe after the
// render plan is made.
#ifndef KILN_SITE_HUGO_RENDERER_H_
#define KILN_SITE_HUGO_RENDERER_H_

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "base/build_log.h"
#include "base/file_system.h"
#include "hugo/code_highlighter.h"
#include "hugo/not_found_page.h"
#include "hugo/pager.h"
#include "hugo/post_render.h"
#include "hugo/render_hooks.h"
#include "hugo/resource_context.h"
#include "hugo/shortcode_templates.h"
#include "hugo/site_object.h"
#include "hugo/template_store.h"
#include "site/renderer.h"
#include "template/functions.h"

namespace kiln {

class HugoRenderer final : public Renderer {
 public:
  // `fs` is borrowed for Prepare; `log` (errorf, warnf) for as long as rendering lasts.
  HugoRenderer(const FileSystem* fs, BuildLog* log);
  ~HugoRenderer() override;

  Status Prepare(const Site& site) override;
  bool HasLayout(const RenderJob& job) const override;
  std::optional<PaginationUse> Pagination(const Page& page) const override;
  bool Has404Layout() const override { return not_found_.has_value(); }
  // Lets each language's pages and `.Sites` see the others: `all` are the prepared
  // renderers of every language of the build, in language order, this one included.
  void LinkLanguages(const std::vector<const HugoRenderer*>& all);
  StatusOr<std::string> Render(const RenderJob& job) const override;
  std::map<std::string, std::shared_ptr<const std::string>> PublishedOnUse() const override;
  int ProcessedImages() const override;

 private:
  using Layout = std::optional<hugo::ResolvedTemplate>;
  const Layout& LayoutFor(const RenderJob& job) const;
  StatusOr<std::string> Execute(const Layout& layout, const Value& data,
                                const RenderJob& job) const;
  // A page's HTML or RSS output for one pager; `use` receives what it paginated.
  StatusOr<std::string> RenderPage(const RenderJob& job,
                                   std::optional<hugo::PaginationUse>* use) const;

  const FileSystem* fs_;
  BuildLog* log_;
  tmpl::FuncMap funcs_;
  std::unique_ptr<hugo::CodeHighlighter> highlighter_;
  std::unique_ptr<hugo::TemplateStore> store_;
  std::unique_ptr<hugo::ShortcodeTemplates> shortcodes_;  // borrowed by site_object_
  std::unique_ptr<hugo::RenderHookTemplates> render_hooks_;
  std::unique_ptr<hugo::ResourceContext> resources_;  // borrowed by site_object_
  std::unique_ptr<hugo::SiteObject> site_object_;
  std::unique_ptr<hugo::NotFoundPageObject> not_found_page_;
  hugo::PostRenderOptions post_render_;
  // Layouts by page and output format name ("HTML", "RSS", "JSON", …).
  std::map<std::pair<const Page*, std::string>, Layout> layouts_;
  Layout not_found_, alias_, robots_, sitemap_;
  // First pagers rendered by Pagination, published by Render. Written only before
  // rendering starts.
  mutable std::map<const Page*, std::string> first_pagers_;
};

}  // namespace kiln

#endif  // KILN_SITE_HUGO_RENDERER_H_
