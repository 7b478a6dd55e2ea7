#include "hugo/funcs/convert.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "value/go_format.h"
#include "value/map_object.h"

namespace kiln::funcs {

Status CastError(const Value& v, std::string_view type) {
  std::string msg = "unable to cast ";
  msg += GoSprintf("%#v", std::span<const Value>(&v, 1));
  msg += " of type " + GoTypeName(v) + " to ";
  msg += type;
  return InvalidArgumentError(msg);
}

namespace {

// strconv.ParseInt(s, 0, 0): optional sign, then 0x/0o/0b/0 prefixes select the base.
bool ParseGoInt(const std::string& s, int64_t* out) {
  if (s.empty()) return false;
  size_t i = 0;
  bool neg = false;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    i = 1;
  }
  int base = 10;
  if (s.size() > i + 1 && s[i] == '0') {
    char p = static_cast<char>(s[i + 1] | 0x20);
    if (p == 'x')
      base = 16, i += 2;
    else if (p == 'o')
      base = 8, i += 2;
    else if (p == 'b')
      base = 2, i += 2;
    else
      base = 8, i += 1;
  }
  if (i >= s.size()) return false;
  std::string digits;
  for (size_t j = i; j < s.size(); ++j) {
    if (s[j] == '_') continue;
    digits += s[j];
  }
  errno = 0;
  char* end = nullptr;
  long long n = std::strtoll(digits.c_str(), &end, base);
  if (errno != 0 || end != digits.c_str() + digits.size() || digits.empty() || digits[0] == '+' ||
      digits[0] == '-' || digits[0] == ' ') {
    return false;
  }
  *out = neg ? -n : n;
  return true;
}

}  // namespace

StatusOr<int64_t> ToInt(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
      return int64_t{0};
    case ValueKind::kBool:
      return int64_t{v.AsBool() ? 1 : 0};
    case ValueKind::kInt:
      return v.AsInt();
    case ValueKind::kFloat:
      return static_cast<int64_t>(v.AsFloat());
    case ValueKind::kString: {
      int64_t n = 0;
      if (ParseGoInt(v.AsString(), &n)) return n;
      break;
    }
    default:
      break;
  }
  return CastError(v, "int64");
}

StatusOr<double> ToFloat(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
      return 0.0;
    case ValueKind::kBool:
      return v.AsBool() ? 1.0 : 0.0;
    case ValueKind::kInt:
      return static_cast<double>(v.AsInt());
    case ValueKind::kFloat:
      return v.AsFloat();
    case ValueKind::kString: {
      const std::string& s = v.AsString();
      char* end = nullptr;
      double f = std::strtod(s.c_str(), &end);
      if (!s.empty() && end == s.c_str() + s.size() &&
          !std::isspace(static_cast<unsigned char>(s[0]))) {
        return f;
      }
      break;
    }
    default:
      break;
  }
  return CastError(v, "float64");
}

std::string FloatString(double f) {
  std::string out;
  AppendGoFloat(&out, f, 'f', -1);
  return out;
}

StatusOr<std::string> ToString(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
      return std::string();
    case ValueKind::kBool:
      return std::string(v.AsBool() ? "true" : "false");
    case ValueKind::kInt:
      return GoValueString(v);  // a time.Month is its name, as Go's Stringer
    case ValueKind::kFloat:
      return FloatString(v.AsFloat());
    case ValueKind::kString:
      return v.AsString();
    case ValueKind::kObject: {
      // A fmt.Stringer converts through its String method, as cast.ToStringE does.
      StatusOr<Value> s = v.AsObject().Member("String", {});
      if (s.ok() && s->is_string()) return s->AsString();
      break;
    }
    default:
      break;
  }
  return CastError(v, "string");
}

const ValueList* AsList(const Value& v) {
  if (v.kind() == ValueKind::kList) return &v.AsList();
  if (v.kind() == ValueKind::kObject) return v.AsObject().AsList();
  return nullptr;
}

const ValueMap* AsMap(const Value& v) {
  if (v.kind() == ValueKind::kMap) return &v.AsMap();
  return AsMapObject(v);
}

}  // namespace kiln::funcs
