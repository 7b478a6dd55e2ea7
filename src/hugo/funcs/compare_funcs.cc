// The compare namespace. Hugo's eq/ne compare normalised values (every int kind as int64,
// every float kind as float64) for deep equality, so 1 and 1.0 differ; lt/le/gt/ge
// compare strings as strings and everything else as float64 (times by their instant).
#include <optional>

#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {
namespace {

std::optional<int> CompareAsVersions(const Value& a, const Value& b);

bool DeepEqual(const Value& a, const Value& b) {
  if (std::optional<int> v = CompareAsVersions(a, b)) return *v == 0;
  if (a.kind() != b.kind()) return false;
  // Hugo normalises every int kind to int64 but leaves uints alone, so a uint64 (a
  // math.Counter) never equals an int.
  if (a.kind() == ValueKind::kInt &&
      (a.int_type() == IntType::kUint64) != (b.int_type() == IntType::kUint64)) {
    return false;
  }
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
  if (a.kind() == ValueKind::kObject) {
    // An object with an Eq method (a page: Hugo's compare.Eqer) decides for itself.
    StatusOr<Value> eq = a.AsObject().Member("Eq", std::span<const Value>(&b, 1));
    if (eq.ok() && eq->kind() == ValueKind::kBool) return eq->AsBool();
  }
  return a == b;
}

// The version `v` stands for when it is a hugo.VersionString, else nullopt.
std::optional<std::string> VersionOf(const Value& v) {
  if (v.kind() != ValueKind::kObject || v.AsObject().TypeName() != kVersionStringType) {
    return std::nullopt;
  }
  StatusOr<std::string> s = ToString(v);
  return s.ok() ? std::optional<std::string>(*s) : std::nullopt;
}

// -1, 0 or 1 as version a compares to b, by their dot-separated numbers ("0.97.1" <
// "0.111.3"); missing parts count as 0.
int CompareVersions(std::string_view a, std::string_view b) {
  auto next = [](std::string_view* s) {
    long n = 0;
    size_t i = 0;
    for (; i < s->size() && (*s)[i] >= '0' && (*s)[i] <= '9'; ++i) n = n * 10 + ((*s)[i] - '0');
    size_t dot = s->find('.', i);
    *s = dot == std::string_view::npos ? std::string_view() : s->substr(dot + 1);
    return n;
  };
  while (!a.empty() || !b.empty()) {
    long x = next(&a), y = next(&b);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

// When either side is a hugo.VersionString, both compare as versions.
std::optional<int> CompareAsVersions(const Value& a, const Value& b) {
  std::optional<std::string> x = VersionOf(a), y = VersionOf(b);
  if (!x && !y) return std::nullopt;
  auto text = [](const Value& v) {
    StatusOr<std::string> s = ToString(v);
    return s.ok() ? *s : std::string();
  };
  if (!x) x = text(a);
  if (!y) y = text(b);
  return CompareVersions(*x, *y);
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
      // Hugo's ordering reads no uint kind, so a uint64 compares as 0.
      o.num = v.int_type() == IntType::kUint64 ? 0 : static_cast<double>(v.AsInt());
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
  if (std::optional<int> v = CompareAsVersions(a, b)) return *v;
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
