// The transform namespace's text functions: markdownify, plainify, htmlEscape,
// htmlUnescape, highlight and transform.CanHighlight. markdownify and highlight render
// with the options they are registered with (the site's [markup] settings).
#include "base/html_unescape.h"
#include "highlight/highlight.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"
#include "hugo/funcs/transform_parts.h"
#include "markdown/content_helpers.h"
#include "markdown/html_escape.h"

namespace kiln::funcs {

namespace {

// The highlight options: the registered defaults, then an option string
// ("linenos=table,hl_lines=2") or a map of options.
StatusOr<highlight::HighlightOptions> OptionsFrom(highlight::HighlightOptions base,
                                                  const Value& v) {
  if (v.kind() == ValueKind::kMap) {
    for (const auto& [key, value] : v.AsMap()) {
      ASSIGN_OR_RETURN(std::string text, ToString(value));
      RETURN_IF_ERROR(highlight::ApplyHighlightOption(base, key, text));
    }
    return base;
  }
  ASSIGN_OR_RETURN(std::string text, ToString(v));
  RETURN_IF_ERROR(highlight::ApplyHighlightOptionString(base, text));
  return base;
}

}  // namespace

void RegisterTransformFuncs(FuncMap* funcs, markdown::MarkdownOptions markdown_options,
                            highlight::HighlightOptions highlight_options) {
  Namespace ns("transform");
  ns.Add("Markdownify", {ParamKind::kAny}, false,
         [markdown_options](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           ASSIGN_OR_RETURN(std::string html, markdown::RenderInline(s, markdown_options));
           return Value::String(std::move(html), SafeKind::kHTML);
         },
         {"markdownify"});
  ns.Add("Plainify", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(markdown::PlainText(s));
         },
         {"plainify"});
  ns.Add("HTMLEscape", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           std::string out;
           markdown::AppendEscapedHtmlGo(s, &out);
           return Value::String(std::move(out));
         },
         {"htmlEscape"});
  ns.Add("HTMLUnescape", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(UnescapeHtml(s));
         },
         {"htmlUnescape"});
  ns.Add("Highlight", {ParamKind::kAny, ParamKind::kAny}, true,
         [highlight_options](Args a) -> StatusOr<Value> {
           RETURN_IF_ERROR(WantArgs("Highlight", a, 2, 3));
           ASSIGN_OR_RETURN(std::string code, ToString(a[0]));
           ASSIGN_OR_RETURN(std::string lang, ToString(a[1]));
           highlight::HighlightOptions options = highlight_options;
           if (a.size() == 3) {
             ASSIGN_OR_RETURN(options, OptionsFrom(options, a[2]));
           }
           ASSIGN_OR_RETURN(std::string html, highlight::Highlight(code, lang, options));
           return Value::String(std::move(html), SafeKind::kHTML);
         },
         {"highlight"});
  ns.Add("CanHighlight", {ParamKind::kAny}, false, [](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string lang, ToString(a[0]));
    return Value::Bool(!lang.empty() && highlight::FindLexer(lang) != nullptr);
  });
  ns.Add("Emojify", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(Emojify(s), SafeKind::kHTML);
         },
         {"emojify"});
  AddUnmarshalFuncs(&ns);
  ns.Install(funcs);
}

}  // namespace kiln::funcs
