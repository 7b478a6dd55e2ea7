#include "template/test_object.h"

#include "template/func_value.h"

namespace kiln::tmpl {

namespace {

Status WantArgs(std::string_view name, std::span<const Value> args, size_t n) {
  if (args.size() == n) return Status::Ok();
  return InvalidArgumentError("wrong number of args for " + std::string(name) + ": want " +
                              std::to_string(n) + " got " + std::to_string(args.size()));
}

Status NoArgsForField(std::string_view name, std::span<const Value> args) {
  if (args.empty()) return Status::Ok();
  return InvalidArgumentError(std::string(name) +
                              " has arguments but cannot be invoked as function");
}

}  // namespace

StatusOr<Value> TestUser::Member(std::string_view name, std::span<const Value> args) const {
  if (name == "Name") {
    RETURN_IF_ERROR(NoArgsForField(name, args));
    return Value::String(name_);
  }
  if (name == "Age") {
    RETURN_IF_ERROR(NoArgsForField(name, args));
    return Value::Int(age_);
  }
  if (name == "Tags") {
    RETURN_IF_ERROR(NoArgsForField(name, args));
    return Value::List({Value::String("a"), Value::String("b")});
  }
  if (name == "Greet") {
    RETURN_IF_ERROR(WantArgs(name, args, 1));
    return Value::String(args[0].AsString() + ", " + name_);
  }
  if (name == "Add") {
    RETURN_IF_ERROR(WantArgs(name, args, 2));
    return Value::Int(args[0].AsInt() + args[1].AsInt());
  }
  if (name == "Fail") {
    RETURN_IF_ERROR(WantArgs(name, args, 0));
    return InternalError("user failure");
  }
  if (name == "IsAdult") {
    RETURN_IF_ERROR(WantArgs(name, args, 0));
    return Value::Bool(age_ >= 18);
  }
  if (name == "Friend") {
    RETURN_IF_ERROR(WantArgs(name, args, 0));
    return Value::FromObject(std::make_shared<TestUser>("Friend of " + name_, 1));
  }
  if (name == "String") {
    RETURN_IF_ERROR(WantArgs(name, args, 0));
    return Value::String("User(" + name_ + ")");
  }
  return NotFoundError(std::string(name));
}

void RegisterTestFunctions(FuncMap* funcs) {
  using K = ParamKind;
  using Args = std::span<const Value>;
  auto fn = [](Function::Impl impl, std::vector<ParamKind> params, bool variadic = false,
               ParamKind variadic_kind = K::kAny) {
    Function f;
    f.impl = std::move(impl);
    f.params = std::move(params);
    f.variadic = variadic;
    f.variadic_kind = variadic_kind;
    return f;
  };
  funcs->Register(
      "add", fn([](const CallContext&,
                   Args a) -> StatusOr<Value> { return Value::Int(a[0].AsInt() + a[1].AsInt()); },
                {K::kInt, K::kInt}));
  funcs->Register("fail", fn(
                              [](const CallContext&, Args a) -> StatusOr<Value> {
                                return InternalError("boom: " + a[0].AsString());
                              },
                              {K::kString}));
  funcs->Register("concat", fn(
                                [](const CallContext&, Args a) -> StatusOr<Value> {
                                  std::string s;
                                  for (const Value& v : a) s += v.AsString();
                                  return Value::String(s);
                                },
                                {K::kString}, true, K::kString));
  funcs->Register("half",
                  fn([](const CallContext&,
                        Args a) -> StatusOr<Value> { return Value::Float(a[0].AsFloat() / 2); },
                     {K::kFloat}));
  funcs->Register("yes", fn(
                             [](const CallContext&, Args a) -> StatusOr<Value> {
                               return Value::String(a[0].AsBool() ? "true" : "false");
                             },
                             {K::kBool}));
  funcs->Register("list", fn(
                              [](const CallContext&, Args a) -> StatusOr<Value> {
                                return Value::List(ValueList(a.begin(), a.end()));
                              },
                              {}, true));
}

Value TestFuncValue(const FuncMap& funcs, std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kResults[] = {
      {"add", "int"},      {"fail", "(string, error)"}, {"concat", "string"},
      {"half", "float64"}, {"yes", "string"},           {"list", "[]interface {}"}};
  const Function* fn = funcs.Find(name);
  if (fn == nullptr) return Value();
  for (const auto& [fn_name, results] : kResults) {
    if (fn_name == name) return FuncValue::Make(*fn, results);
  }
  return Value();
}

}  // namespace kiln::tmpl
