// apply (collections.Apply): calls a function, found by name in the calling template's
// FuncMap ("upper", or a namespace method such as "strings.Replace"), once per item of a
// list, with "." among the arguments standing for the item.
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"
#include "value/go_format.h"

namespace kiln::funcs {

namespace {

StatusOr<Value> Call(const tmpl::CallContext& ctx, const std::string& name,
                     std::span<const Value> args) {
  size_t dot = name.find('.');
  const tmpl::Function* f = ctx.FindFunction(name.substr(0, dot));
  if (!f) return InvalidArgumentError("can't find function " + name);
  if (dot == std::string::npos) return f->impl(ctx, args);
  ASSIGN_OR_RETURN(Value ns, f->impl(ctx, {}));
  if (ns.kind() != ValueKind::kObject) return InvalidArgumentError("can't find function " + name);
  StatusOr<Value> r = ns.AsObject().Member(name.substr(dot + 1), args);
  if (!r.ok() && r.status().code() == StatusCode::kNotFound) {
    return InvalidArgumentError("can't find function " + name);
  }
  return r;
}

StatusOr<Value> Apply(const tmpl::CallContext& ctx, std::span<const Value> a) {
  const ValueList* items = AsList(a[0]);
  if (!items) {
    if (a[0].is_null()) return InvalidArgumentError("can't iterate over a nil value");
    return InvalidArgumentError("can't apply over " + GoValueString(a[0]));
  }
  if (!a[1].is_string()) return InvalidArgumentError("the function name must be a string");
  const std::string& name = a[1].AsString();
  ValueList out;
  for (const Value& item : *items) {
    std::vector<Value> args(a.begin() + 2, a.end());
    for (Value& arg : args) {
      if (arg.is_string() && arg.AsString() == ".") arg = item;
    }
    ASSIGN_OR_RETURN(Value v, Call(ctx, name, args));
    out.push_back(std::move(v));
  }
  return Value::List(std::move(out));
}

}  // namespace

void RegisterApplyFunc(FuncMap* funcs) {
  tmpl::Function f;
  f.params = {ParamKind::kAny, ParamKind::kAny};
  f.variadic = true;
  f.impl = Apply;
  funcs->Register("apply", f);
}

}  // namespace kiln::funcs
