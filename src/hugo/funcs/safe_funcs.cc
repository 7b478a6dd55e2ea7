// The safe namespace: marks strings as html/template content types so the escaper
// trusts them.
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {
namespace {

Fn Mark(SafeKind kind) {
  return [kind](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
    return Value::String(std::move(s), kind);
  };
}

}  // namespace

void RegisterSafeFuncs(FuncMap* funcs) {
  Namespace ns("safe");
  ns.Add("HTML", {ParamKind::kAny}, false, Mark(SafeKind::kHTML), {"safeHTML"});
  ns.Add("HTMLAttr", {ParamKind::kAny}, false, Mark(SafeKind::kHTMLAttr), {"safeHTMLAttr"});
  ns.Add("CSS", {ParamKind::kAny}, false, Mark(SafeKind::kCSS), {"safeCSS"});
  ns.Add("JS", {ParamKind::kAny}, false, Mark(SafeKind::kJS), {"safeJS"});
  ns.Add("JSStr", {ParamKind::kAny}, false, Mark(SafeKind::kJSStr), {"safeJSStr"});
  ns.Add("URL", {ParamKind::kAny}, false, Mark(SafeKind::kURL), {"safeURL"});
  ns.Install(funcs);
}

}  // namespace kiln::funcs
