// The inflect namespace: humanize ("my-first-post" → "My first post", 3 → "3rd"),
// pluralize and singularize, over content/inflect (the rules list titles use).
#include <string>

#include "content/inflect.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {

namespace {

std::string Ordinalize(int64_t n) {
  int64_t a = n < 0 ? -n : n;
  const char* suffix = "th";
  if (a % 100 < 11 || a % 100 > 13) {
    switch (a % 10) {
      case 1:
        suffix = "st";
        break;
      case 2:
        suffix = "nd";
        break;
      case 3:
        suffix = "rd";
        break;
      default:
        break;
    }
  }
  return std::to_string(n) + suffix;
}

}  // namespace

void RegisterInflectFuncs(FuncMap* funcs) {
  Namespace ns("inflect");
  ns.Add("Humanize", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           if (s.empty()) return Value::String("");
           if (a[0].kind() == ValueKind::kInt) return Value::String(Ordinalize(a[0].AsInt()));
           if (a[0].is_string()) {
             StatusOr<int64_t> n = ToInt(a[0]);
             if (n.ok()) return Value::String(Ordinalize(*n));
           }
           return Value::String(Humanize(s));
         },
         {"humanize"});
  ns.Add("Pluralize", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(Pluralize(s));
         },
         {"pluralize"});
  ns.Add("Singularize", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(Singularize(s));
         },
         {"singularize"});
  ns.Install(funcs);
}

}  // namespace kiln::funcs
