// Test doubles shared by the template tests: an Object with fields and methods mirroring
// the Go struct `User` in tools/gotemplate, and the extra functions that tool registers.
#ifndef KILN_TEMPLATE_TEST_OBJECT_H_
#define KILN_TEMPLATE_TEST_OBJECT_H_

#include <string>

#include "template/functions.h"
#include "value/value.h"

namespace kiln::tmpl {

class TestUser final : public Object {
 public:
  TestUser(std::string name, int64_t age) : name_(std::move(name)), age_(age) {}
  std::string_view TypeName() const override { return "*main.User"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

 private:
  std::string name_;
  int64_t age_;
};

// add(int, int), fail(string), concat(string, ...string), half(float64), yes(bool),
// list(...any), as tools/gotemplate registers them.
void RegisterTestFunctions(FuncMap* funcs);

// The test function `name` of `funcs` as a func value with its Go type, as tools/gotemplate
// puts it in data for {"$func": name}; null when there is no such function.
Value TestFuncValue(const FuncMap& funcs, std::string_view name);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_TEST_OBJECT_H_
