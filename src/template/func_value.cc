// FuncValue and the built-in `call` (text/template's funcs.go `call`, errors included).
#include "template/func_value.h"

#include "value/go_format.h"

namespace kiln::tmpl {

namespace {

// reflect's prepareArg for one argument of a `call`: whether `v` may be passed as `kind`.
Status PrepareArg(size_t index, const Value& v, ParamKind kind) {
  if (kind == ParamKind::kAny) return Status::Ok();
  std::string prefix = "arg " + std::to_string(index) + ": ";
  if (v.is_null()) {
    return InvalidArgumentError(prefix + "value is nil; should be of type " + ParamKindName(kind));
  }
  bool ok = false;
  switch (kind) {
    case ParamKind::kString:
      ok = v.is_string() && v.safe_kind() == SafeKind::kNone;
      break;
    case ParamKind::kInt:  // every Go integer type converts to int
      ok = v.kind() == ValueKind::kInt;
      break;
    case ParamKind::kFloat:
      ok = v.kind() == ValueKind::kFloat;
      break;
    case ParamKind::kBool:
      ok = v.kind() == ValueKind::kBool;
      break;
    case ParamKind::kAny:
      ok = true;
      break;
  }
  if (ok) return Status::Ok();
  return InvalidArgumentError(prefix + "value has type " + GoTypeName(v) + "; should be " +
                              ParamKindName(kind));
}

}  // namespace

FuncValue::FuncValue(Function fn, std::string_view results) : fn_(std::move(fn)) {
  type_name_ = "func(";
  for (size_t i = 0; i < fn_.params.size(); ++i) {
    if (i > 0) type_name_ += ", ";
    type_name_ += ParamKindName(fn_.params[i]);
  }
  if (fn_.variadic) {
    if (!fn_.params.empty()) type_name_ += ", ";
    type_name_ += std::string("...") + ParamKindName(fn_.variadic_kind);
  }
  type_name_ += ") ";
  type_name_ += results;
}

StatusOr<Value> FuncValue::Member(std::string_view name, std::span<const Value>) const {
  return NotFoundError(std::string(name));
}

const FuncValue* AsFuncValue(const Value& v) {
  if (v.kind() != ValueKind::kObject) return nullptr;
  return dynamic_cast<const FuncValue*>(&v.AsObject());
}

StatusOr<Value> CallFuncValue(const CallContext& ctx, std::span<const Value> args) {
  const Value& callee = args[0];
  if (callee.is_null()) return InvalidArgumentError("call of nil");
  const FuncValue* fv = AsFuncValue(callee);
  if (fv == nullptr) return InvalidArgumentError("non-function of type " + GoTypeName(callee));
  const Function& fn = fv->function();
  std::span<const Value> rest = args.subspan(1);
  size_t fixed = fn.params.size();
  if (fn.variadic ? rest.size() < fixed : rest.size() != fixed) {
    return InvalidArgumentError("wrong number of args: got " + std::to_string(rest.size()) +
                                " want " + (fn.variadic ? "at least " : "") +
                                std::to_string(fixed));
  }
  for (size_t i = 0; i < rest.size(); ++i) {
    RETURN_IF_ERROR(PrepareArg(i, rest[i], i < fixed ? fn.params[i] : fn.variadic_kind));
  }
  return fn.impl(ctx, rest);
}

}  // namespace kiln::tmpl
