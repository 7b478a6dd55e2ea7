#include "hugo/funcs/namespace.h"

#include "value/go_format.h"

namespace kiln::funcs {
namespace {

// The object a namespace function (`strings`) returns: its methods are the namespace's
// functions, called with the arguments of the method call.
class NamespaceObject final : public Object {
 public:
  NamespaceObject(std::string type, const std::map<std::string, Function, std::less<>>* methods)
      : type_(std::move(type)), methods_(methods) {}
  std::string_view TypeName() const override { return type_; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    auto it = methods_->find(name);
    if (it == methods_->end()) return NotFoundError(std::string(name));
    const Function& f = it->second;
    if (f.variadic ? args.size() < f.params.size() : args.size() != f.params.size()) {
      return InvalidArgumentError("wrong number of args for " + std::string(name) + ": want " +
                                  std::to_string(f.params.size()) + " got " +
                                  std::to_string(args.size()));
    }
    for (size_t i = 0; i < f.params.size(); ++i) {
      static constexpr struct {
        ParamKind kind;
        ValueKind value;
        const char* go;
      } kChecks[] = {{ParamKind::kString, ValueKind::kString, "string"},
                     {ParamKind::kInt, ValueKind::kInt, "int"},
                     {ParamKind::kBool, ValueKind::kBool, "bool"}};
      for (const auto& c : kChecks) {
        if (f.params[i] == c.kind && args[i].kind() != c.value) {
          return InvalidArgumentError("wrong type for value; expected " + std::string(c.go) +
                                      "; got " + GoTypeName(args[i]));
        }
      }
    }
    StatusOr<Value> result = f.impl(tmpl::CallContext(nullptr), args);
    // The engine words kInvalidArgument as a call mistake; a failing method is
    // "error calling X: ...".
    if (!result.ok() && result.status().code() == StatusCode::kInvalidArgument) {
      return Status(StatusCode::kFailedPrecondition, result.status().message());
    }
    return result;
  }

 private:
  std::string type_;
  const std::map<std::string, Function, std::less<>>* methods_;
};

}  // namespace

void Namespace::Add(std::string method, std::vector<ParamKind> params, bool variadic, Fn fn,
                    std::initializer_list<const char*> aliases) {
  Function f;
  f.impl = [fn = std::move(fn)](const tmpl::CallContext&, std::span<const Value> args) {
    return fn(args);
  };
  f.params = std::move(params);
  f.variadic = variadic;
  for (const char* a : aliases) aliases_.emplace_back(a, method);
  methods_[std::move(method)] = std::move(f);
}

void Namespace::Install(FuncMap* funcs) const {
  for (const auto& [alias, method] : aliases_) funcs->Register(alias, methods_.at(method));
  auto methods = std::make_shared<const std::map<std::string, Function, std::less<>>>(methods_);
  auto object = std::make_shared<const NamespaceObject>("*" + name_ + ".Namespace", methods.get());
  Value v = Value::FromObject(std::shared_ptr<const Object>(object));
  Function ns;
  // The object borrows the method table; the closure keeps both alive.
  ns.impl = [v, methods](const tmpl::CallContext&, std::span<const Value>) -> StatusOr<Value> {
    return v;
  };
  funcs->Register(name_, std::move(ns));
}

Status WantArgs(std::string_view name, Args args, size_t min, size_t max) {
  if (args.size() >= min && args.size() <= max) return Status::Ok();
  return InvalidArgumentError("wrong number of args for " + std::string(name) + ": want " +
                              std::to_string(min) + " got " + std::to_string(args.size()));
}

}  // namespace kiln::funcs
