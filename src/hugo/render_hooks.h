// Hugo's Markdown render hooks backed by templates: `_markup/render-link.html`,
// `render-image.html`, `render-heading.html`, `render-codeblock.html` and
// `render-codeblock-LANG.html`, looked up per page type and section like layouts (site over
// theme), executed with context objects carrying Hugo 0.111's members.
//
// RenderHookTemplates is built once per site over the frozen TemplateStore (which must
// outlive it) and is then immutable and shared by all threads. PageRenderHooks serves the
// rendering of one page's Markdown on one thread; it records the first template error, which
// the caller reports after the render.
#ifndef KILN_HUGO_RENDER_HOOKS_H_
#define KILN_HUGO_RENDER_HOOKS_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "content/page.h"
#include "markdown/markdown.h"
#include "value/value.h"

namespace kiln::tmpl {
class TemplateSet;
}  // namespace kiln::tmpl

namespace kiln::hugo {

class TemplateStore;

// A hook template ready to execute: `set->Execute(name, context, out)`.
struct HookTemplate {
  const tmpl::TemplateSet* set = nullptr;
  std::string name;
};

class RenderHookTemplates {
 public:
  explicit RenderHookTemplates(const TemplateStore* store);

  // Whether the site has no `_markup` template at all: pages then render without hooks.
  bool empty() const { return empty_; }

  // The template for `hook` ("link", "image", "heading", "codeblock") on `page`; for a code
  // block in language `code_lang`, its language's own hook first.
  std::optional<HookTemplate> Find(const Page& page, std::string_view hook,
                                   std::string_view code_lang = {}) const;

 private:
  const TemplateStore* store_;
  bool empty_;
};

class PageRenderHooks final : public markdown::RenderHooks, public markdown::CodeBlockRenderer {
 public:
  // `templates` may be null (no hooks). `page_value` is `.Page` in every context; `code` is
  // the code-block renderer for blocks without a hook. All borrowed for this object's life.
  PageRenderHooks(const RenderHookTemplates* templates, const Page& page, Value page_value,
                  const markdown::CodeBlockRenderer* code);

  // What to hand RenderMarkdown: null hooks when the page has none of link, image, heading.
  const markdown::RenderHooks* hooks() const { return has_inline_hooks_ ? this : nullptr; }
  const markdown::CodeBlockRenderer* code_renderer() const {
    return templates_ != nullptr ? this : code_;
  }
  // The first hook that failed, with the template's message.
  const Status& status() const { return status_; }

  bool HandlesImages() const override { return image_.has_value(); }
  bool RenderLink(const markdown::LinkContext& link, std::string* out) const override;
  bool RenderImage(const markdown::LinkContext& image, std::string* out) const override;
  bool RenderHeading(const markdown::HeadingContext& heading, std::string* out) const override;
  void Render(const markdown::CodeBlock& block, std::string* out) const override;

 private:
  ValueMap LinkMembers(const markdown::LinkContext& link) const;
  bool Execute(const std::optional<HookTemplate>& hook, const Value& context,
               std::string* out) const;

  const RenderHookTemplates* templates_;
  const Page& page_;
  Value page_value_;
  const markdown::CodeBlockRenderer* code_;
  std::optional<HookTemplate> link_, image_, heading_;
  bool has_inline_hooks_ = false;
  mutable Status status_;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_RENDER_HOOKS_H_
