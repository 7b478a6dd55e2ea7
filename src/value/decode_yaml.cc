// YAML → Value over libyaml's event parser (a YAML 1.1 parser, as Hugo's YAML library is).
// libyaml leaves plain scalars untyped: the resolution Hugo's library applies (and its
// quirks, such as `y` and `on` being booleans and timestamps staying strings), anchors,
// aliases and `<<` merges are done here. libyaml reports errors as values; it throws
// nothing. Events rather than a document tree keep front-matter decoding cheap.
#include <yaml.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <string>

#include "value/decode.h"
#include "value/yaml_front_matter.h"

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

// One libyaml event, released when it goes out of scope.
class Event {
 public:
  Event() = default;
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;
  ~Event() {
    if (filled_) yaml_event_delete(&event_);
  }
  yaml_event_t* Fill() {
    if (filled_) yaml_event_delete(&event_);
    filled_ = true;
    return &event_;
  }
  const yaml_event_t& operator*() const { return event_; }
  const yaml_event_t* operator->() const { return &event_; }

 private:
  yaml_event_t event_{};
  bool filled_ = false;
};

std::string_view ScalarText(const yaml_event_t& e) {
  return {reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length};
}

std::string_view AnchorOf(const yaml_event_t& e) {
  const yaml_char_t* anchor = nullptr;
  if (e.type == YAML_SCALAR_EVENT) anchor = e.data.scalar.anchor;
  if (e.type == YAML_SEQUENCE_START_EVENT) anchor = e.data.sequence_start.anchor;
  if (e.type == YAML_MAPPING_START_EVENT) anchor = e.data.mapping_start.anchor;
  return anchor ? std::string_view(reinterpret_cast<const char*>(anchor)) : std::string_view();
}

class YamlReader {
 public:
  // With `literal_top_keys`, the top-level map's keys are their text as written.
  YamlReader(std::string_view text, std::string_view file, int first_line,
             bool literal_top_keys = false)
      : text_(text), file_(file), first_line_(first_line), literal_top_keys_(literal_top_keys) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  YamlReader(const YamlReader&) = delete;
  YamlReader& operator=(const YamlReader&) = delete;
  ~YamlReader() { yaml_parser_delete(&parser_); }

  // The first document of the stream; null for a stream without documents.
  StatusOr<Value> FirstDocument() {
    Event event;
    RETURN_IF_ERROR(Next(event));  // stream start
    RETURN_IF_ERROR(Next(event));
    if (event->type != YAML_DOCUMENT_START_EVENT) return Value();
    RETURN_IF_ERROR(Next(event));
    return Node(event);
  }

 private:
  Status Next(Event& event) {
    if (!yaml_parser_parse(&parser_, event.Fill())) {
      const yaml_mark_t mark = parser_.problem_mark;
      return Error(parser_.problem ? parser_.problem : "syntax error", mark);
    }
    return Status::Ok();
  }

  Status Error(std::string_view message, const yaml_mark_t& mark) {
    return DecodeError(DataFormat::kYaml, message, text_, file_, first_line_,
                       static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1);
  }

  // The node that starts with `event`; consumes its events up to its end.
  StatusOr<Value> Node(Event& event) {
    const std::string anchor(AnchorOf(*event));
    Value value;
    switch (event->type) {
      case YAML_ALIAS_EVENT: {
        const std::string name(reinterpret_cast<const char*>(event->data.alias.anchor));
        auto it = anchors_.find(name);
        if (it == anchors_.end()) {
          return Error("unknown anchor '" + name + "' referenced", event->start_mark);
        }
        return it->second;
      }
      case YAML_SCALAR_EVENT: {
        ASSIGN_OR_RETURN(value, Scalar(*event));
        break;
      }
      case YAML_SEQUENCE_START_EVENT: {
        ValueList items;
        for (;;) {
          RETURN_IF_ERROR(Next(event));
          if (event->type == YAML_SEQUENCE_END_EVENT) break;
          ASSIGN_OR_RETURN(Value item, Node(event));
          items.push_back(std::move(item));
        }
        value = Value::List(std::move(items));
        break;
      }
      case YAML_MAPPING_START_EVENT: {
        ASSIGN_OR_RETURN(value, Mapping(event));
        break;
      }
      default:
        return Error("unexpected event", event->start_mark);
    }
    if (!anchor.empty()) anchors_.insert_or_assign(anchor, value);
    return value;
  }

  // Pairs in document order. A `<<` merge overwrites keys set before it; in a list of
  // merged maps the earlier maps win.
  StatusOr<Value> Mapping(Event& event) {
    ValueMap entries;
    const bool literal_keys = literal_top_keys_ && depth_ == 0;
    ++depth_;
    for (;;) {
      RETURN_IF_ERROR(Next(event));
      if (event->type == YAML_MAPPING_END_EVENT) break;
      const yaml_mark_t key_mark = event->start_mark;
      const bool merge = event->type == YAML_SCALAR_EVENT && event->data.scalar.tag == nullptr &&
                         event->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
                         ScalarText(*event) == "<<";
      std::string key;
      if (!merge) {
        if (event->type == YAML_SEQUENCE_START_EVENT || event->type == YAML_MAPPING_START_EVENT) {
          return Error("invalid map key: a key must be a scalar", key_mark);
        }
        const bool scalar = event->type == YAML_SCALAR_EVENT;
        std::string text = scalar ? std::string(ScalarText(*event)) : "";
        ASSIGN_OR_RETURN(Value key_value, Node(event));
        if (literal_keys && scalar) {
          key = key_value.is_null() ? "" : std::move(text);
        } else {
          ASSIGN_OR_RETURN(key, KeyString(key_value, key_mark));
        }
      }
      RETURN_IF_ERROR(Next(event));
      const yaml_mark_t value_mark = event->start_mark;
      ASSIGN_OR_RETURN(Value value, Node(event));
      if (!merge) {
        entries.insert_or_assign(std::move(key), std::move(value));
        continue;
      }
      if (value.kind() == ValueKind::kMap) {
        for (const auto& [k, v] : value.AsMap()) entries.insert_or_assign(k, v);
        continue;
      }
      if (value.kind() != ValueKind::kList) {
        return Error("map merge requires map or sequence of maps as the value", value_mark);
      }
      for (auto it = value.AsList().rbegin(); it != value.AsList().rend(); ++it) {
        if (it->kind() != ValueKind::kMap) {
          return Error("map merge requires map or sequence of maps as the value", value_mark);
        }
        for (const auto& [k, v] : it->AsMap()) entries.insert_or_assign(k, v);
      }
    }
    --depth_;
    return Value::Map(std::move(entries));
  }

  StatusOr<Value> Scalar(const yaml_event_t& e) {
    const std::string text(ScalarText(e));
    const char* tag = reinterpret_cast<const char*>(e.data.scalar.tag);
    if (tag == nullptr) {
      if (e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE) return ResolvePlain(text);
      return Value::String(text);
    }
    const std::string_view tag_view(tag);
    if (!tag_view.starts_with(kTagPrefix)) return Value::String(text);
    const std::string_view kind = tag_view.substr(kTagPrefix.size());
    if (kind == "str" || kind == "binary" || kind == "timestamp") return Value::String(text);
    Value resolved = ResolvePlain(text);
    const bool fits = (kind == "int" && resolved.kind() == ValueKind::kInt) ||
                      (kind == "float" && resolved.is_number()) ||
                      (kind == "bool" && resolved.kind() == ValueKind::kBool) ||
                      (kind == "null" && resolved.is_null());
    if (!fits) {
      return Error("cannot decode " + text + " as !!" + std::string(kind), e.start_mark);
    }
    if (kind == "float" && resolved.kind() == ValueKind::kInt) {
      return Value::Float(static_cast<double>(resolved.AsInt()));
    }
    return resolved;
  }

  // Hugo turns every mapping key into a string: `1` → "1", `yes` → "true", `~` → "<nil>".
  StatusOr<std::string> KeyString(const Value& v, const yaml_mark_t& mark) {
    switch (v.kind()) {
      case ValueKind::kNull:
        return std::string("<nil>");
      case ValueKind::kBool:
        return std::string(v.AsBool() ? "true" : "false");
      case ValueKind::kInt:
        return std::to_string(v.AsInt());
      case ValueKind::kFloat:
        return GoFloatString(v.AsFloat());
      case ValueKind::kString:
        return v.AsString();
      default:
        return Error("invalid map key: a key must be a scalar", mark);
    }
  }

  yaml_parser_t parser_;
  std::map<std::string, Value> anchors_;
  std::string_view text_;
  std::string_view file_;
  int first_line_;
  bool literal_top_keys_;
  int depth_ = 0;  // how many maps the reader is inside
};

}  // namespace

StatusOr<Value> DecodeYaml(std::string_view text, std::string_view file, int first_line) {
  YamlReader reader(text, file, first_line);
  return reader.FirstDocument();
}

StatusOr<Value> DecodeYamlFrontMatter(std::string_view text, std::string_view file,
                                      int first_line) {
  YamlReader reader(text, file, first_line, /*literal_top_keys=*/true);
  return reader.FirstDocument();
}

}  // namespace kiln
