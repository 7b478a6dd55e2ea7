// The math namespace. Arithmetic follows Hugo's DoArithmetic: two ints give an int64, any
// float makes the result a float, `add` concatenates two strings, and anything else is
// "can't apply the operator to the values". The math.* functions convert to float64.
#include <atomic>
#include <cmath>
#include <memory>

#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {
namespace {

StatusOr<Value> Arithmetic(const Value& a, const Value& b, char op) {
  if (a.is_string() && b.is_string() && op == '+') {
    return Value::String(a.AsString() + b.AsString());
  }
  if (!a.is_number() || !b.is_number()) {
    return InvalidArgumentError("can't apply the operator to the values");
  }
  if (a.kind() == ValueKind::kInt && b.kind() == ValueKind::kInt) {
    int64_t x = a.AsInt(), y = b.AsInt();
    // A uint64 with a uint64 or a non-negative int is uint64 arithmetic, wrapping below
    // zero, as in Hugo's DoArithmetic; with a negative int, int64.
    const bool ua = a.int_type() == IntType::kUint64, ub = b.int_type() == IntType::kUint64;
    if ((ua || ub) && (ua || x >= 0) && (ub || y >= 0)) {
      uint64_t u = static_cast<uint64_t>(x), v = static_cast<uint64_t>(y);
      switch (op) {
        case '+':
          return Value::Int(static_cast<int64_t>(u + v), IntType::kUint64);
        case '-':
          return Value::Int(static_cast<int64_t>(u - v), IntType::kUint64);
        case '*':
          return Value::Int(static_cast<int64_t>(u * v), IntType::kUint64);
        default:
          if (v == 0) return InvalidArgumentError("can't divide the value by 0");
          return Value::Int(static_cast<int64_t>(u / v), IntType::kUint64);
      }
    }
    switch (op) {
      case '+':
        return Value::Int(x + y, IntType::kInt64);
      case '-':
        return Value::Int(x - y, IntType::kInt64);
      case '*':
        return Value::Int(x * y, IntType::kInt64);
      default:
        if (y == 0) return InvalidArgumentError("can't divide the value by 0");
        return Value::Int(x / y, IntType::kInt64);
    }
  }
  double x = a.kind() == ValueKind::kInt ? static_cast<double>(a.AsInt()) : a.AsFloat();
  double y = b.kind() == ValueKind::kInt ? static_cast<double>(b.AsInt()) : b.AsFloat();
  switch (op) {
    case '+':
      return Value::Float(x + y);
    case '-':
      return Value::Float(x - y);
    case '*':
      return Value::Float(x * y);
    default:
      if (y == 0) return InvalidArgumentError("can't divide the value by 0");
      return Value::Float(x / y);
  }
}

Fn ArithmeticFn(char op) {
  return [op](Args a) { return Arithmetic(a[0], a[1], op); };
}

StatusOr<int64_t> Modulo(Args a) {
  ASSIGN_OR_RETURN(int64_t x, ToInt(a[0]));
  ASSIGN_OR_RETURN(int64_t y, ToInt(a[1]));
  if (y == 0)
    return InvalidArgumentError("the number can't be divided by zero at modulo operation");
  return x % y;
}

// A one-argument float function; `name` words its error as Hugo does.
Fn Unary(std::string name, double (*f)(double)) {
  return [name, f](Args a) -> StatusOr<Value> {
    StatusOr<double> x = ToFloat(a[0]);
    if (!x.ok() || a[0].is_null() || a[0].kind() == ValueKind::kBool) {
      return InvalidArgumentError(name + " operator can't be used with non integer or float value");
    }
    return Value::Float(f(*x));
  };
}

Fn Binary(std::string name, double (*f)(double, double)) {
  return [name, f](Args a) -> StatusOr<Value> {
    StatusOr<double> x = ToFloat(a[0]);
    StatusOr<double> y = ToFloat(a[1]);
    if (!x.ok() || !y.ok()) {
      return InvalidArgumentError(name + " operator can't be used with non-float value");
    }
    return Value::Float(f(*x, *y));
  };
}

}  // namespace

void RegisterMathFuncs(FuncMap* funcs) {
  using enum ParamKind;
  Namespace ns("math");
  ns.Add("Add", {kAny, kAny}, false, ArithmeticFn('+'), {"add"});
  ns.Add("Sub", {kAny, kAny}, false, ArithmeticFn('-'), {"sub"});
  ns.Add("Mul", {kAny, kAny}, false, ArithmeticFn('*'), {"mul"});
  ns.Add("Div", {kAny, kAny}, false, ArithmeticFn('/'), {"div"});
  ns.Add("Mod", {kAny, kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(int64_t m, Modulo(a));
           return Value::Int(m, IntType::kInt64);
         },
         {"mod"});
  ns.Add("ModBool", {kAny, kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(int64_t m, Modulo(a));
           return Value::Bool(m == 0);
         },
         {"modBool"});
  ns.Add("Ceil", {kAny}, false, Unary("Ceil", [](double x) { return std::ceil(x); }));
  ns.Add("Floor", {kAny}, false, Unary("Floor", [](double x) { return std::floor(x); }));
  ns.Add("Round", {kAny}, false, Unary("Round", [](double x) { return std::round(x); }));
  ns.Add("Sqrt", {kAny}, false, Unary("Sqrt", [](double x) { return std::sqrt(x); }));
  ns.Add("Log", {kAny}, false, Unary("Log", [](double x) { return std::log(x); }));
  ns.Add("Pow", {kAny, kAny}, false,
         Binary("Pow", [](double x, double y) { return std::pow(x, y); }));
  ns.Add("Max", {kAny, kAny}, false,
         Binary("Max", [](double x, double y) { return std::fmax(x, y); }));
  ns.Add("Min", {kAny, kAny}, false,
         Binary("Min", [](double x, double y) { return std::fmin(x, y); }));
  // A counter for the life of the FuncMap (one build), as Hugo's is per build.
  auto counter = std::make_shared<std::atomic<int64_t>>(0);
  ns.Add("Counter", {}, false,
         [counter](Args) -> StatusOr<Value> { return Value::Int(++*counter, IntType::kUint64); });
  ns.Install(funcs);
}

}  // namespace kiln::funcs
