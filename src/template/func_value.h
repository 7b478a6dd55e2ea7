// FuncValue: a Go func value held in data (a function-valued map entry, list element or
// variable) that templates run with the built-in `call`. It wraps a Function, whose
// parameters give Go's argument checks, with the Go result list its type prints with.
//
// A func value is an ordinary Object, so Values that hold none pay nothing for it: the
// engine recognises one only where Go does something special with funcs (`call`, printing).
// Immutable and thread-safe once built.
#ifndef KILN_TEMPLATE_FUNC_VALUE_H_
#define KILN_TEMPLATE_FUNC_VALUE_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "template/functions.h"
#include "value/value.h"

namespace kiln::tmpl {

class FuncValue final : public Object {
 public:
  // `results` is the Go result list as a type prints it: "int", "(string, error)".
  FuncValue(Function fn, std::string_view results);

  static Value Make(Function fn, std::string_view results) {
    return Value::FromObject(std::make_shared<const FuncValue>(std::move(fn), results));
  }

  // The Go type, e.g. "func(string, ...string) string".
  std::string_view TypeName() const override { return type_name_; }
  // A func has no fields or methods.
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

  const Function& function() const { return fn_; }

 private:
  Function fn_;
  std::string type_name_;
};

// The FuncValue `v` holds, or nullptr.
const FuncValue* AsFuncValue(const Value& v);

// Go's `call fn args...`: checks the argument count and converts each argument as reflect
// does for a func call (an int-like value converts to int; anything else must already have
// the parameter's type), then runs the function.
StatusOr<Value> CallFuncValue(const CallContext& ctx, std::span<const Value> args);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_FUNC_VALUE_H_
