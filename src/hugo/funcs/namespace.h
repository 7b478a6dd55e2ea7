// Registration of Hugo template functions: each function is reachable through its
// namespace object (`strings.ToUpper`, `math.Add`) and, optionally, through top-level
// aliases (`upper`, `add`), as Hugo's template function namespaces declare them.
//
// A Namespace is built single-threaded, then Install()ed into a FuncMap; the object it
// installs is immutable and safe to call from many threads.
#ifndef KILN_HUGO_FUNCS_NAMESPACE_H_
#define KILN_HUGO_FUNCS_NAMESPACE_H_

#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include "template/functions.h"

namespace kiln::funcs {

using tmpl::FuncMap;
using tmpl::Function;
using tmpl::ParamKind;

// A function of any number of arguments whose types it checks itself.
using Args = std::span<const Value>;
using Fn = std::function<StatusOr<Value>(Args)>;

class Namespace {
 public:
  explicit Namespace(std::string name) : name_(std::move(name)) {}

  // Adds `method` with fixed parameters `params` (plus a variadic tail if `variadic`),
  // also registered top-level under each of `aliases`.
  void Add(std::string method, std::vector<ParamKind> params, bool variadic, Fn fn,
           std::initializer_list<const char*> aliases = {});

  void Install(FuncMap* funcs) const;

 private:
  std::string name_;
  std::map<std::string, Function, std::less<>> methods_;
  std::vector<std::pair<std::string, std::string>> aliases_;  // alias, method
};

// Go's "wrong number of args for NAME: want N got M" check for functions taking
// optional arguments.
Status WantArgs(std::string_view name, Args args, size_t min, size_t max);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_NAMESPACE_H_
