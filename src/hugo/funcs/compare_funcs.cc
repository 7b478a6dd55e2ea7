// The compare namespace. Hugo's eq/ne compare normalised values (every int kind as int64,
// every float kind as float64) for deep equality, so 1 and 1.0 differ; lt/le/gt/ge
// compare strings as strings and everything else as float64 (times by their instant).
#include <optional>

#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {
namespace {

bool DeepEqual(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  if (a.kind() == ValueKind::kList) {
    const ValueList& x = a.AsList();
    const ValueList& y = b.AsList();
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i) {
      if (!DeepEqual(x[i], y[i])) return false;
    }
    return true;
  }
  if (a.kind() == ValueKind::kMap) {
    const ValueMap& x = a.AsMap();
    const ValueMap& y = b.AsMap();
    if (x.size() != y.size()) return false;
    for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
      if (i->first != j->first || !DeepEqual(i->second, j->second)) return false;
    }
    return true;
  }
  return a == b;
}

// The operand of an ordering comparison: a string, or a number.
struct Ordered {
  std::optional<std::string> str;
  double num = 0;
};

Ordered ToOrdered(const Value& v) {
  Ordered o;
  switch (v.kind()) {
    case ValueKind::kString: {
      StatusOr<double> f = ToFloat(v);
      if (f.ok()) {
        o.num = *f;
      } else {
        o.str = v.AsString();
      }
      break;
    }
    case ValueKind::kInt:
      o.num = static_cast<double>(v.AsInt());
      break;
    case ValueKind::kFloat:
      o.num = v.AsFloat();
      break;
    case ValueKind::kBool:
      o.num = v.AsBool() ? 1 : 0;
      break;
    case ValueKind::kTime:
      o.num = static_cast<double>(v.AsTime().unix_seconds) * 1e9 + v.AsTime().nanos;
      break;
    default:
      break;
  }
  return o;
}

// -1, 0 or 1 as a compares to b.
int Compare(const Value& a, const Value& b) {
  if (a.is_string() && b.is_string()) {
    int c = a.AsString().compare(b.AsString());
    return (c > 0) - (c < 0);
  }
  Ordered x = ToOrdered(a);
  Ordered y = ToOrdered(b);
  if (x.str && y.str) {
    int c = x.str->compare(*y.str);
    return (c > 0) - (c < 0);
  }
  return (x.num > y.num) - (x.num < y.num);
}

Fn Ordering(bool (*test)(int)) {
  return [test](Args a) -> StatusOr<Value> { return Value::Bool(test(Compare(a[0], a[1]))); };
}

}  // namespace

// Hugo's normalisation, shared with collections (where, in).
bool HugoEqual(const Value& a, const Value& b) { return DeepEqual(a, b); }
int HugoCompare(const Value& a, const Value& b) { return Compare(a, b); }

void RegisterCompareFuncs(FuncMap* funcs) {
  Namespace ns("compare");
  ns.Add("Eq", {ParamKind::kAny}, true,
         [](Args a) -> StatusOr<Value> {
           if (a.size() < 2) return InvalidArgumentError("missing arguments for comparison");
           for (size_t i = 1; i < a.size(); ++i) {
             if (DeepEqual(a[0], a[i])) return Value::Bool(true);
           }
           return Value::Bool(false);
         },
         {"eq"});
  ns.Add("Ne", {ParamKind::kAny, ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> { return Value::Bool(!DeepEqual(a[0], a[1])); }, {"ne"});
  ns.Add("Lt", {ParamKind::kAny, ParamKind::kAny}, false, Ordering([](int c) { return c < 0; }),
         {"lt"});
  ns.Add("Le", {ParamKind::kAny, ParamKind::kAny}, false, Ordering([](int c) { return c <= 0; }),
         {"le"});
  ns.Add("Gt", {ParamKind::kAny, ParamKind::kAny}, false, Ordering([](int c) { return c > 0; }),
         {"gt"});
  ns.Add("Ge", {ParamKind::kAny, ParamKind::kAny}, false, Ordering([](int c) { return c >= 0; }),
         {"ge"});
  ns.Add("Default", {ParamKind::kAny}, true,
         [](Args a) -> StatusOr<Value> {
           RETURN_IF_ERROR(WantArgs("default", a, 2, 2));
           const Value& given = a[1];
           // Hugo treats a given false as set: only "zero" non-bool values fall back.
           if (given.kind() == ValueKind::kBool) return given;
           return given.IsTruthy() ? given : a[0];
         },
         {"default"});
  ns.Add("Conditional", {ParamKind::kBool, ParamKind::kAny, ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> { return a[0].AsBool() ? a[1] : a[2]; }, {"cond"});
  ns.Install(funcs);
}

}  // namespace kiln::funcs
