#include "hugo/page_render.h"

#include "hugo/funcs/convert.h"
#include "hugo/template_store.h"

namespace kiln::hugo {

ViewRenderer MakeViewRenderer(const TemplateStore* store) {
  return
      [store](const Page& page, std::string_view view, const Value& dot) -> StatusOr<std::string> {
        std::string file = std::string(view) + ".html";
        for (const std::string& name : {page.Type() + "/" + file, "_default/" + file}) {
          std::optional<ResolvedTemplate> t = store->Find(name);
          if (!t.has_value()) continue;
          std::string out;
          RETURN_IF_ERROR(t->set->Execute(t->name, dot, &out));
          return out;
        }
        return NotFoundError("no content view \"" + std::string(view) + "\" for page of type \"" +
                             page.Type() + "\"");
      };
}

StatusOr<Value> RenderString(std::span<const Value> args, const markdown::MarkdownOptions& md,
                             const markdown::CodeBlockRenderer* code) {
  if (args.empty() || args.size() > 2) {
    return InvalidArgumentError("RenderString takes the Markdown and optional options");
  }
  bool block = false;
  if (args.size() == 2) {
    const ValueMap* options = funcs::AsMap(args[0]);
    if (options == nullptr) return InvalidArgumentError("RenderString options must be a map");
    auto display = options->find("display");
    block = display != options->end() && display->second.is_string() &&
            display->second.AsString() == "block";
  }
  ASSIGN_OR_RETURN(std::string source, funcs::ToString(args.back()));
  if (!block) {
    ASSIGN_OR_RETURN(std::string html, markdown::RenderInline(source, md));
    return Value::String(std::move(html), SafeKind::kHTML);
  }
  ASSIGN_OR_RETURN(markdown::RenderedDocument doc, markdown::RenderMarkdown(source, md, code));
  return Value::String(std::move(doc.html), SafeKind::kHTML);
}

}  // namespace kiln::hugo
