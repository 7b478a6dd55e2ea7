// YAML → Value with yaml-cpp, which leaves plain scalars untyped: the YAML 1.1 resolution
// Hugo's YAML library applies (and its quirks, such as `y` and `on` being booleans and
// timestamps staying strings) is done here. yaml-cpp's exceptions stop here.
#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

#include "value/decode.h"

namespace kiln {

namespace {

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

bool IsNullWord(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::optional<bool> BoolWord(std::string_view s) {
  static constexpr std::string_view kTrue[] = {"y",    "Y",    "yes", "Yes", "YES", "true",
                                               "True", "TRUE", "on",  "On",  "ON"};
  static constexpr std::string_view kFalse[] = {"n",     "N",     "no",  "No",  "NO", "false",
                                                "False", "FALSE", "off", "Off", "OFF"};
  for (std::string_view w : kTrue) {
    if (s == w) return true;
  }
  for (std::string_view w : kFalse) {
    if (s == w) return false;
  }
  return std::nullopt;
}

std::optional<double> SpecialFloat(std::string_view s) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  if (s == ".inf" || s == ".Inf" || s == ".INF" || s == "+.inf" || s == "+.Inf" || s == "+.INF") {
    return kInf;
  }
  if (s == "-.inf" || s == "-.Inf" || s == "-.INF") return -kInf;
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return std::numeric_limits<double>::quiet_NaN();
  return std::nullopt;
}

// Go's strconv.ParseInt(s, 0, 64): optional sign, then 0x/0o/0b prefixes or a leading 0 for
// octal, else decimal.
std::optional<int64_t> ParseGoInt(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  int base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s.remove_prefix(2);
  } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
    base = 8;
    s.remove_prefix(2);
  } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
    base = 2;
    s.remove_prefix(2);
  } else if (s.size() > 1 && s[0] == '0') {
    base = 8;
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  uint64_t magnitude = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), magnitude, base);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  constexpr uint64_t kMaxPositive = std::numeric_limits<int64_t>::max();
  if (negative) {
    if (magnitude > kMaxPositive + 1) return std::nullopt;
    return static_cast<int64_t>(0 - magnitude);
  }
  if (magnitude > kMaxPositive) return std::nullopt;
  return static_cast<int64_t>(magnitude);
}

// Whether `s` has the shape YAML 1.1 floats take: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)
// ([eE][-+]?[0-9]+)?. Hand-written: this runs on every number-like scalar of every page.
bool HasYamlFloatShape(std::string_view s) {
  size_t i = 0;
  auto digits = [&] {
    const size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i - start;
  };
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (digits() == 0) return false;
  } else {
    if (digits() == 0) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      digits();
    }
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (digits() == 0) return false;
  }
  return i == s.size();
}

// Also takes integers too large for int64, which Go decodes as uint64 or float64: a Float
// is the closest Value.
std::optional<double> ParseGoFloat(std::string_view s) {
  if (!HasYamlFloatShape(s)) return std::nullopt;
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  double d = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return d;
}

// Go's %v of a float64: the shortest digits that round-trip, in exponent form when the
// decimal exponent is below -4 or at least 6.
std::string GoFloatString(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, end);  // e.g. "-1.2345e+08"
  size_t e = sci.find('e');
  std::string mantissa = sci.substr(0, e);
  int exponent = std::stoi(sci.substr(e + 1));
  if (exponent < -4 || exponent >= 6) {
    std::string digits = exponent < 0 ? "-" : "+";
    int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) digits += '0';
    return mantissa + "e" + digits + std::to_string(magnitude);
  }
  auto [fend, fec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
  return std::string(buf, fend);
}

// The typed value of a plain (unquoted, untagged) scalar.
Value ResolvePlain(const std::string& text) {
  if (IsNullWord(text)) return Value();
  if (std::optional<bool> b = BoolWord(text)) return Value::Bool(*b);
  if (std::optional<double> f = SpecialFloat(text)) return Value::Float(*f);
  const char first = text[0];
  if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) {
    return Value::String(text);
  }
  std::string plain;
  for (char c : text) {
    if (c != '_') plain += c;
  }
  if (std::optional<int64_t> i = ParseGoInt(plain)) return Value::Int(*i);
  if (std::optional<double> f = ParseGoFloat(plain)) return Value::Float(*f);
  return Value::String(text);
}

class YamlConverter {
 public:
  YamlConverter(std::string_view text, std::string_view file, int first_line)
      : text_(text), file_(file), first_line_(first_line) {}

  StatusOr<Value> Convert(const YAML::Node& node) {
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null:
        return Value();
      case YAML::NodeType::Scalar:
        return Scalar(node);
      case YAML::NodeType::Sequence: {
        ValueList items;
        items.reserve(node.size());
        for (const YAML::Node& child : node) {
          ASSIGN_OR_RETURN(Value item, Convert(child));
          items.push_back(std::move(item));
        }
        return Value::List(std::move(items));
      }
      case YAML::NodeType::Map: {
        ValueMap entries;
        RETURN_IF_ERROR(AddMapping(node, entries));
        return Value::Map(std::move(entries));
      }
    }
    return Value();
  }

 private:
  StatusOr<Value> Scalar(const YAML::Node& node) {
    const std::string& text = node.Scalar();
    const std::string& tag = node.Tag();
    if (tag == "?") return ResolvePlain(text);
    if (tag == "!" || !tag.starts_with(kTagPrefix)) return Value::String(text);
    const std::string_view kind = std::string_view(tag).substr(kTagPrefix.size());
    if (kind == "str" || kind == "binary" || kind == "timestamp") return Value::String(text);
    Value resolved = ResolvePlain(text);
    const bool fits = (kind == "int" && resolved.kind() == ValueKind::kInt) ||
                      (kind == "float" && resolved.is_number()) ||
                      (kind == "bool" && resolved.kind() == ValueKind::kBool) ||
                      (kind == "null" && resolved.is_null());
    if (!fits) {
      return Error(node, "cannot decode " + std::string(text) + " as !!" + std::string(kind));
    }
    if (kind == "float" && resolved.kind() == ValueKind::kInt) {
      return Value::Float(static_cast<double>(resolved.AsInt()));
    }
    return resolved;
  }

  // Adds `node`'s pairs to `entries` in document order. A `<<` merge overwrites keys set
  // before it; in a list of merged maps the earlier maps win.
  Status AddMapping(const YAML::Node& node, ValueMap& entries) {
    for (const auto& pair : node) {
      const YAML::Node& key = pair.first;
      const YAML::Node& value = pair.second;
      if (key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<") {
        RETURN_IF_ERROR(Merge(value, entries));
        continue;
      }
      ASSIGN_OR_RETURN(std::string name, KeyString(key));
      ASSIGN_OR_RETURN(Value converted, Convert(value));
      entries.insert_or_assign(std::move(name), std::move(converted));
    }
    return Status::Ok();
  }

  Status Merge(const YAML::Node& value, ValueMap& entries) {
    if (value.IsMap()) return AddMapping(value, entries);
    if (value.IsSequence()) {
      for (size_t i = value.size(); i-- > 0;) {
        if (!value[i].IsMap())
          return Error(value[i], "map merge requires map or sequence of maps as the value");
        RETURN_IF_ERROR(AddMapping(value[i], entries));
      }
      return Status::Ok();
    }
    return Error(value, "map merge requires map or sequence of maps as the value");
  }

  // Hugo turns every mapping key into a string: `1` → "1", `yes` → "true", `~` → "<nil>".
  StatusOr<std::string> KeyString(const YAML::Node& key) {
    if (key.IsNull()) return std::string("<nil>");
    if (!key.IsScalar()) return Error(key, "invalid map key: a key must be a scalar");
    ASSIGN_OR_RETURN(Value v, Scalar(key));
    switch (v.kind()) {
      case ValueKind::kNull:
        return std::string("<nil>");
      case ValueKind::kBool:
        return std::string(v.AsBool() ? "true" : "false");
      case ValueKind::kInt:
        return std::to_string(v.AsInt());
      case ValueKind::kFloat:
        return GoFloatString(v.AsFloat());
      default:
        return v.AsString();
    }
  }

  Status Error(const YAML::Node& node, std::string message) {
    const YAML::Mark mark = node.Mark();
    return DecodeError(DataFormat::kYaml, message, text_, file_, first_line_, mark.line + 1,
                       mark.column + 1);
  }

  std::string_view text_;
  std::string_view file_;
  int first_line_;
};

}  // namespace

StatusOr<Value> DecodeYaml(std::string_view text, std::string_view file, int first_line) {
  try {
    YAML::Node root = YAML::Load(std::string(text));
    YamlConverter converter(text, file, first_line);
    return converter.Convert(root);
  } catch (const YAML::Exception& e) {
    return DecodeError(DataFormat::kYaml, e.msg, text, file, first_line, e.mark.line + 1,
                       e.mark.column + 1);
  }
}

}  // namespace kiln
