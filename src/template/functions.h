// Functions callable from templates, registered by name with their signature, the way Go's
// template.FuncMap is: fixed parameters, an optional variadic tail, and the Go kind each
// parameter converts to (so literal and computed arguments get Go's errors: "expected
// string; found 1", "wrong type for value; expected string; got int").
//
// A FuncMap is built once, then shared (read-only) by every parse and execution. The
// built-ins (and, or, not, len, index, slice, print, printf, println, html, js, urlquery,
// call, eq, ne, lt, le, gt, ge) are installed by NewBuiltinFuncMap(); registering the
// same name again overrides a built-in, as Hugo does for eq, index, slice and print*.
// `and` and `or` short-circuit only while they are the built-ins.
#ifndef KILN_TEMPLATE_FUNCTIONS_H_
#define KILN_TEMPLATE_FUNCTIONS_H_

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "value/value.h"

namespace kiln::tmpl {

// The Go type a parameter is declared with.
enum class ParamKind : uint8_t {
  kAny,     // interface{} or reflect.Value: anything, nil included
  kString,  // string
  kInt,     // int
  kFloat,   // float64
  kBool,    // bool
};

// The Go name of the type: "interface {}", "string", "int", "float64", "bool".
const char* ParamKindName(ParamKind k);

class ExecState;
struct Function;

// What a function sees of the execution that calls it: enough to run another template of
// the same set (for partial/template-like functions) with the same output buffer rules.
class CallContext {
 public:
  explicit CallContext(const ExecState* state) : state_(state) {}
  // Executes the template `name` of the calling set with `data` as dot, appending to `out`.
  // When `returned` is set and the template has a result pipeline (hoist_return.h),
  // *returned receives its value once the body has run.
  Status ExecuteTemplate(std::string_view name, const Value& data, std::string* out,
                         std::optional<Value>* returned = nullptr) const;
  // The function registered as `name` in the calling set's FuncMap, or null (for `apply`).
  const Function* FindFunction(std::string_view name) const;
  // Whether the calling set has a template `name` (for templates.Exists).
  bool HasTemplate(std::string_view name) const;

 private:
  const ExecState* state_;
};

struct Function {
  using Impl = std::function<StatusOr<Value>(const CallContext& ctx, std::span<const Value> args)>;

  Impl impl;
  std::vector<ParamKind> params;  // fixed parameters
  bool variadic = false;          // if set, any number of further `variadic_kind` arguments
  ParamKind variadic_kind = ParamKind::kAny;
  bool builtin = false;  // set for the engine's own and/or (short-circuit)
  // Optional fast path for a function that only turns its arguments into text: appends
  // what `impl` would return, straight into the output, when the call ends an action.
  void (*append)(std::string* out, std::span<const Value> args) = nullptr;
};

class FuncMap {
 public:
  void Register(std::string name, Function f) { funcs_[std::move(name)] = std::move(f); }
  const Function* Find(std::string_view name) const {
    auto it = funcs_.find(name);
    return it == funcs_.end() ? nullptr : &it->second;
  }
  bool Has(std::string_view name) const { return Find(name) != nullptr; }

 private:
  std::map<std::string, Function, std::less<>> funcs_;
};

// A FuncMap holding Go's built-in template functions.
FuncMap NewBuiltinFuncMap();

// Go's text/template escapers, also used by html/template.
void AppendHTMLEscaped(std::string* out, std::string_view s);   // html: &#34; &#39; &amp; &lt; &gt;
void AppendJSEscaped(std::string* out, std::string_view s);     // js: \' \" \u003C ...
void AppendQueryEscaped(std::string* out, std::string_view s);  // urlquery: url.QueryEscape

// Appends `prefix` and c as two hex digits ("\u00" + "1f", "%" + "2F").
void AppendByteEscape(std::string* out, std::string_view prefix, unsigned char c, bool upper);

// The string Go's evalArgs makes of escaper arguments: the single string itself, or
// fmt.Sprint of all of them.
std::string EvalArgsString(std::span<const Value> args);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_FUNCTIONS_H_
