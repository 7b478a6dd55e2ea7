// Go's built-in template functions (text/template's funcs.go semantics, errors included).
#include <cmath>

#include "base/utf8.h"
#include "template/func_value.h"
#include "template/functions.h"
#include "value/go_format.h"
#include "value/map_object.h"

namespace kiln::tmpl {

namespace {

using Args = std::span<const Value>;

enum class BasicKind { kInvalid, kBool, kInt, kFloat, kString };

BasicKind BasicKindOf(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kBool:
      return BasicKind::kBool;
    case ValueKind::kInt:
      return BasicKind::kInt;
    case ValueKind::kFloat:
      return BasicKind::kFloat;
    case ValueKind::kString:
      return BasicKind::kString;
    default:
      return BasicKind::kInvalid;
  }
}

Status BadComparisonType() { return InvalidArgumentError("invalid type for comparison"); }
Status BadComparison() { return InvalidArgumentError("incompatible types for comparison"); }

StatusOr<bool> Eq(const Value& a, Args rest) {
  if (rest.empty()) return InvalidArgumentError("missing argument for comparison");
  BasicKind k1 = BasicKindOf(a);
  for (const Value& b : rest) {
    BasicKind k2 = BasicKindOf(b);
    bool truth = false;
    if (k1 != k2) {
      if (!a.is_null() && !b.is_null()) return BadComparison();
    } else {
      switch (k1) {
        case BasicKind::kBool:
          truth = a.AsBool() == b.AsBool();
          break;
        case BasicKind::kInt:
          truth = a.AsInt() == b.AsInt();
          break;
        case BasicKind::kFloat:
          truth = a.AsFloat() == b.AsFloat();
          break;
        case BasicKind::kString:
          truth = a.AsString() == b.AsString();
          break;
        case BasicKind::kInvalid:
          if (a.is_null() || b.is_null()) {
            truth = a.is_null() == b.is_null();
          } else if (a.kind() == ValueKind::kList || a.kind() == ValueKind::kMap) {
            return InvalidArgumentError("non-comparable type " + GoValueString(a) + ": " +
                                        GoTypeName(a));
          } else if (b.kind() == ValueKind::kList || b.kind() == ValueKind::kMap) {
            return InvalidArgumentError("non-comparable type " + GoValueString(b) + ": " +
                                        GoTypeName(b));
          } else {
            truth = a == b;
          }
          break;
      }
    }
    if (truth) return true;
  }
  return false;
}

StatusOr<bool> Lt(const Value& a, const Value& b) {
  BasicKind k1 = BasicKindOf(a);
  if (k1 == BasicKind::kInvalid) return BadComparisonType();
  BasicKind k2 = BasicKindOf(b);
  if (k2 == BasicKind::kInvalid) return BadComparisonType();
  if (k1 != k2) return BadComparison();
  switch (k1) {
    case BasicKind::kBool:
      return BadComparisonType();
    case BasicKind::kFloat:
      return a.AsFloat() < b.AsFloat();
    case BasicKind::kInt:
      return a.AsInt() < b.AsInt();
    case BasicKind::kString:
      return a.AsString() < b.AsString();
    case BasicKind::kInvalid:
      break;
  }
  return BadComparisonType();
}

StatusOr<bool> Le(const Value& a, const Value& b) {
  ASSIGN_OR_RETURN(bool lt, Lt(a, b));
  if (lt) return true;
  return Eq(a, Args(&b, 1));
}

// Go's indexArg: an integer index within [0, cap].
StatusOr<int64_t> IndexArg(const Value& index, size_t cap) {
  if (index.is_null()) return InvalidArgumentError("cannot index slice/array with nil");
  if (index.kind() != ValueKind::kInt) {
    return InvalidArgumentError("cannot index slice/array with type " + GoTypeName(index));
  }
  int64_t x = index.AsInt();
  if (x < 0 || static_cast<uint64_t>(x) > cap) {
    return InvalidArgumentError("index out of range: " + std::to_string(x));
  }
  return x;
}

StatusOr<Value> Index(Args args) {
  Value item = args[0];
  if (item.is_null()) return InvalidArgumentError("index of untyped nil");
  for (const Value& index : args.subspan(1)) {
    if (item.is_null()) return InvalidArgumentError("index of nil pointer");
    switch (item.kind()) {
      case ValueKind::kList: {
        const ValueList& list = item.AsList();
        ASSIGN_OR_RETURN(int64_t x, IndexArg(index, list.size()));
        if (static_cast<size_t>(x) == list.size()) {
          return InvalidArgumentError("reflect: slice index out of range");
        }
        item = list[x];
        break;
      }
      case ValueKind::kString: {
        const std::string& s = item.AsString();
        ASSIGN_OR_RETURN(int64_t x, IndexArg(index, s.size()));
        if (static_cast<size_t>(x) == s.size()) {
          return InvalidArgumentError("reflect: string index out of range");
        }
        item = Value::Int(static_cast<unsigned char>(s[x]));
        break;
      }
      case ValueKind::kMap: {
        if (index.is_null()) {
          item = Value();
          break;
        }
        if (!index.is_string() || index.safe_kind() != SafeKind::kNone) {
          return InvalidArgumentError("value has type " + GoTypeName(index) + "; should be string");
        }
        const Value* found = item.Find(index.AsString());
        item = found ? *found : Value();
        break;
      }
      case ValueKind::kObject:
        if (const ValueMap* map = AsMapObject(item)) {
          if (!index.is_string()) {
            return InvalidArgumentError("value has type " + GoTypeName(index) +
                                        "; should be string");
          }
          auto found = map->find(index.AsString());
          item = found == map->end() ? Value() : found->second;
          break;
        }
        if (const ValueList* list = item.AsObject().AsList()) {
          ASSIGN_OR_RETURN(int64_t x, IndexArg(index, list->size()));
          if (static_cast<size_t>(x) == list->size()) {
            return InvalidArgumentError("reflect: slice index out of range");
          }
          item = (*list)[x];
          break;
        }
        [[fallthrough]];
      default:
        return InvalidArgumentError("can't index item of type " + GoTypeName(item));
    }
  }
  return item;
}

StatusOr<Value> Slice(Args args) {
  const Value& item = args[0];
  if (item.is_null()) return InvalidArgumentError("slice of untyped nil");
  Args indexes = args.subspan(1);
  if (indexes.size() > 3) {
    return InvalidArgumentError("too many slice indexes: " + std::to_string(indexes.size()));
  }
  size_t cap;
  if (item.is_string()) {
    if (indexes.size() == 3) return InvalidArgumentError("cannot 3-index slice a string");
    cap = item.AsString().size();
  } else if (item.kind() == ValueKind::kList) {
    cap = item.AsList().size();
  } else {
    return InvalidArgumentError("can't slice item of type " + GoTypeName(item));
  }
  int64_t idx[3] = {0, static_cast<int64_t>(cap), 0};
  for (size_t i = 0; i < indexes.size(); ++i) {
    ASSIGN_OR_RETURN(idx[i], IndexArg(indexes[i], cap));
  }
  if (idx[0] > idx[1]) {
    return InvalidArgumentError("invalid slice index: " + std::to_string(idx[0]) + " > " +
                                std::to_string(idx[1]));
  }
  if (indexes.size() == 3 && idx[1] > idx[2]) {
    return InvalidArgumentError("invalid slice index: " + std::to_string(idx[1]) + " > " +
                                std::to_string(idx[2]));
  }
  if (item.is_string()) {
    return Value::String(item.AsString().substr(idx[0], idx[1] - idx[0]), item.safe_kind());
  }
  const ValueList& list = item.AsList();
  return Value::List(ValueList(list.begin() + idx[0], list.begin() + idx[1]));
}

StatusOr<Value> Len(const Value& item) {
  switch (item.kind()) {
    case ValueKind::kString:
      return Value::Int(static_cast<int64_t>(item.AsString().size()));
    case ValueKind::kList:
      return Value::Int(static_cast<int64_t>(item.AsList().size()));
    case ValueKind::kMap:
      return Value::Int(static_cast<int64_t>(item.AsMap().size()));
    case ValueKind::kObject:
      if (const ValueList* list = item.AsObject().AsList()) {
        return Value::Int(static_cast<int64_t>(list->size()));
      }
      if (const ValueMap* map = AsMapObject(item)) {
        return Value::Int(static_cast<int64_t>(map->size()));
      }
      break;
    case ValueKind::kNull:
      return InvalidArgumentError("len of nil pointer");
    default:
      break;
  }
  // Go dereferences a pointer before naming the type.
  std::string type = GoTypeName(item);
  if (type.starts_with("*")) type.erase(0, 1);
  return InvalidArgumentError("len of type " + type);
}

Function Fn(Function::Impl impl, std::vector<ParamKind> params, bool variadic = false) {
  Function f;
  f.impl = std::move(impl);
  f.params = std::move(params);
  f.variadic = variadic;
  return f;
}

Function StringFn(void (*append)(std::string*, std::string_view)) {
  return Fn(
      [append](const CallContext&, Args a) -> StatusOr<Value> {
        std::string out;
        append(&out, EvalArgsString(a));
        return Value::String(std::move(out));
      },
      {}, true);
}

Function CompareFn(StatusOr<bool> (*cmp)(const Value&, const Value&), bool negate) {
  return Fn(
      [cmp, negate](const CallContext&, Args a) -> StatusOr<Value> {
        ASSIGN_OR_RETURN(bool r, cmp(a[0], a[1]));
        return Value::Bool(r != negate);
      },
      {ParamKind::kAny, ParamKind::kAny});
}

}  // namespace

std::string EvalArgsString(std::span<const Value> args) {
  if (args.size() == 1 && args[0].is_string()) return args[0].AsString();
  std::string s;
  // Go's evalArgs prints a missing value as "<no value>" only via printableValue of an
  // invalid reflect.Value; a nil interface prints as <nil>.
  AppendGoSprint(&s, args);
  return s;
}

void AppendByteEscape(std::string* out, std::string_view prefix, unsigned char c, bool upper) {
  const char* hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  out->append(prefix);
  out->push_back(hex[c >> 4]);
  out->push_back(hex[c & 0xF]);
}

void AppendHTMLEscaped(std::string* out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '\0':
        out->append("\uFFFD");
        break;
      case '"':
        out->append("&#34;");
        break;
      case '\'':
        out->append("&#39;");
        break;
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      default:
        out->push_back(c);
    }
  }
}

void AppendJSEscaped(std::string* out, std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '\\':
          out->append("\\\\");
          break;
        case '\'':
          out->append("\\'");
          break;
        case '"':
          out->append("\\\"");
          break;
        case '<':
          out->append("\\u003C");
          break;
        case '>':
          out->append("\\u003E");
          break;
        case '&':
          out->append("\\u0026");
          break;
        case '=':
          out->append("\\u003D");
          break;
        default:
          if (c < ' ') {
            AppendByteEscape(out, "\\u00", c, true);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    int w;
    char32_t r = DecodeRune(s, i, &w);
    if (IsPrintRune(r)) {
      out->append(s.substr(i, w));
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(r));
      out->append(buf);
    }
    i += w;
  }
}

void AppendQueryEscaped(std::string* out, std::string_view s) {
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out->push_back(ch);
    } else if (c == ' ') {
      out->push_back('+');
    } else {
      AppendByteEscape(out, "%", c, true);
    }
  }
}

FuncMap NewBuiltinFuncMap() {
  FuncMap m;
  using K = ParamKind;
  Function and_fn = Fn(
      [](const CallContext&, Args a) -> StatusOr<Value> {
        for (const Value& v : a) {
          if (!v.IsTruthy()) return v;
        }
        return a.back();
      },
      {K::kAny}, true);
  and_fn.builtin = true;
  m.Register("and", and_fn);
  Function or_fn = Fn(
      [](const CallContext&, Args a) -> StatusOr<Value> {
        for (const Value& v : a) {
          if (v.IsTruthy()) return v;
        }
        return a.back();
      },
      {K::kAny}, true);
  or_fn.builtin = true;
  m.Register("or", or_fn);
  m.Register("not", Fn([](const CallContext&,
                          Args a) -> StatusOr<Value> { return Value::Bool(!a[0].IsTruthy()); },
                       {K::kAny}));
  m.Register("len", Fn([](const CallContext&, Args a) { return Len(a[0]); }, {K::kAny}));
  m.Register("index", Fn([](const CallContext&, Args a) { return Index(a); }, {K::kAny}, true));
  m.Register("slice", Fn([](const CallContext&, Args a) { return Slice(a); }, {K::kAny}, true));
  m.Register("print", Fn(
                          [](const CallContext&, Args a) -> StatusOr<Value> {
                            std::string s;
                            AppendGoSprint(&s, a);
                            return Value::String(std::move(s));
                          },
                          {}, true));
  m.Register("println", Fn(
                            [](const CallContext&, Args a) -> StatusOr<Value> {
                              std::string s;
                              AppendGoSprintln(&s, a);
                              return Value::String(std::move(s));
                            },
                            {}, true));
  m.Register("printf", Fn(
                           [](const CallContext&, Args a) -> StatusOr<Value> {
                             std::string s;
                             AppendGoSprintf(&s, a[0].AsString(), a.subspan(1));
                             return Value::String(std::move(s));
                           },
                           {K::kString}, true));
  m.Register("html", StringFn(AppendHTMLEscaped));
  m.Register("js", StringFn(AppendJSEscaped));
  m.Register("urlquery", StringFn(AppendQueryEscaped));
  m.Register("call", Fn(CallFuncValue, {K::kAny}, true));
  m.Register("eq", Fn(
                       [](const CallContext&, Args a) -> StatusOr<Value> {
                         ASSIGN_OR_RETURN(bool r, Eq(a[0], a.subspan(1)));
                         return Value::Bool(r);
                       },
                       {K::kAny}, true));
  m.Register("ne", Fn(
                       [](const CallContext&, Args a) -> StatusOr<Value> {
                         ASSIGN_OR_RETURN(bool r, Eq(a[0], a.subspan(1)));
                         return Value::Bool(!r);
                       },
                       {K::kAny, K::kAny}));
  m.Register("lt", CompareFn(Lt, false));
  m.Register("le", CompareFn(Le, false));
  m.Register("gt", CompareFn(Le, true));
  m.Register("ge", CompareFn(Lt, true));
  return m;
}

}  // namespace kiln::tmpl
