// The cast namespace: int, float and string with spf13/cast's conversions.
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {

void RegisterCastFuncs(FuncMap* funcs) {
  Namespace ns("cast");
  ns.Add("ToInt", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(int64_t n, ToInt(a[0]));
           return Value::Int(n);
         },
         {"int"});
  ns.Add("ToFloat", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(double f, ToFloat(a[0]));
           return Value::Float(f);
         },
         {"float"});
  ns.Add("ToString", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(std::move(s));
         },
         {"string"});
  ns.Install(funcs);
}

}  // namespace kiln::funcs
