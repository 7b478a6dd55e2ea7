// HugoRenderer: renders each planned output through the site's layouts (its own, its
// themes', then kiln's embedded ones) with the Go template engine, the page and site
// objects and the function library. Layouts are looked up and parsed in Prepare; Render
// only executes them.
//
// An output whose page has no layout of its format is written by the placeholder renderer
// (the site decides the output set; see render_plan.h), so a site without layouts still
// builds. Thread-safe after Prepare.
#ifndef KILN_SITE_HUGO_RENDERER_H_
#define KILN_SITE_HUGO_RENDERER_H_

#include <map>
#include <memory>
#include <optional>

#include "base/file_system.h"
#include "hugo/code_highlighter.h"
#include "hugo/render_hooks.h"
#include "hugo/shortcode_templates.h"
#include "hugo/site_object.h"
#include "hugo/template_store.h"
#include "site/placeholder_renderer.h"
#include "site/renderer.h"
#include "template/functions.h"

namespace kiln {

class HugoRenderer final : public Renderer {
 public:
  // `fs` is borrowed for Prepare.
  explicit HugoRenderer(const FileSystem* fs);
  ~HugoRenderer() override;

  Status Prepare(const Site& site) override;
  std::optional<size_t> PaginatedItemCount(const Page& page) const override;
  bool Has404Layout() const override;
  StatusOr<std::string> Render(const RenderJob& job) const override;

 private:
  using Layout = std::optional<hugo::ResolvedTemplate>;
  StatusOr<std::string> Execute(const Layout& layout, const Value& data,
                                const RenderJob& job) const;

  const FileSystem* fs_;
  PlaceholderRenderer placeholder_;
  tmpl::FuncMap funcs_;
  std::unique_ptr<hugo::CodeHighlighter> highlighter_;
  std::unique_ptr<hugo::TemplateStore> store_;
  std::unique_ptr<hugo::ShortcodeTemplates> shortcodes_;  // borrowed by site_object_
  std::unique_ptr<hugo::RenderHookTemplates> render_hooks_;
  std::unique_ptr<hugo::SiteObject> site_object_;
  std::map<const Page*, Layout> html_, rss_;
  Layout not_found_, alias_, robots_;
};

}  // namespace kiln

#endif  // KILN_SITE_HUGO_RENDERER_H_
