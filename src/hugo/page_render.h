// Rendering asked for from inside a template: `.Render "view"` runs a content view
// (layouts/<type>/<view>.html, else layouts/_default/<view>.html) with the page as dot,
// and `.RenderString` renders Markdown, inline (one paragraph loses its <p>) unless
// `(dict "display" "block")` is given.
//
// A ViewRenderer borrows the template store, which must outlive it; both are immutable
// once built and may be used from many threads.
#ifndef KILN_HUGO_PAGE_RENDER_H_
#define KILN_HUGO_PAGE_RENDER_H_

#include <functional>

#include "content/page.h"
#include "markdown/markdown.h"

namespace kiln::hugo {

class TemplateStore;

// Runs the content view `view` of `page` with `dot`.
using ViewRenderer =
    std::function<StatusOr<std::string>(const Page& page, std::string_view view, const Value& dot)>;

ViewRenderer MakeViewRenderer(const TemplateStore* store);

// `.RenderString [OPTIONS] MARKDOWN`.
StatusOr<Value> RenderString(std::span<const Value> args, const markdown::MarkdownOptions& md,
                             const markdown::CodeBlockRenderer* code);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGE_RENDER_H_
