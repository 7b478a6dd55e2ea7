#include "config/config_reader.h"

#include <charconv>
#include <cmath>

#include "base/strings.h"
#include "config/value_tree.h"

namespace kiln {

namespace {

std::string Describe(const Value& v) {
  std::string out = ValueKindName(v.kind());
  if (v.is_string()) out += " \"" + v.AsString() + "\"";
  return out;
}

Status WrongType(std::string_view key, std::string_view want, const Value& got) {
  return InvalidArgumentError("invalid config value for \"" + std::string(key) + "\": want " +
                              std::string(want) + ", got " + Describe(got));
}

// The text of a scalar, or nullopt for lists, maps and objects.
std::optional<std::string> ScalarText(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kString:
      return v.AsString();
    case ValueKind::kBool:
      return std::string(v.AsBool() ? "true" : "false");
    case ValueKind::kInt:
      return std::to_string(v.AsInt());
    case ValueKind::kFloat: {
      char buf[32];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v.AsFloat());
      return std::string(buf, end);
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

const Value* ConfigReader::Find(std::string_view key) const {
  const Value* v = FindPath(tree_, SplitKey(key));
  return v && !v->is_null() ? v : nullptr;
}

StatusOr<std::string> ConfigReader::String(std::string_view key, std::string fallback) const {
  const Value* v = Find(key);
  if (v == nullptr) return fallback;
  std::optional<std::string> text = ScalarText(*v);
  if (!text) return WrongType(key, "a string", *v);
  return *text;
}

StatusOr<bool> ConfigReader::Bool(std::string_view key, bool fallback) const {
  const Value* v = Find(key);
  if (v == nullptr) return fallback;
  switch (v->kind()) {
    case ValueKind::kBool:
      return v->AsBool();
    case ValueKind::kInt:
      return v->AsInt() != 0;
    case ValueKind::kFloat:
      return v->AsFloat() != 0;
    case ValueKind::kString: {
      const std::string lower = AsciiLower(v->AsString());
      if (lower == "true" || lower == "t" || lower == "1") return true;
      if (lower == "false" || lower == "f" || lower == "0" || lower.empty()) return false;
      break;
    }
    default:
      break;
  }
  return WrongType(key, "a boolean", *v);
}

StatusOr<int> ConfigReader::Int(std::string_view key, int fallback) const {
  const Value* v = Find(key);
  if (v == nullptr) return fallback;
  switch (v->kind()) {
    case ValueKind::kInt:
      return static_cast<int>(v->AsInt());
    case ValueKind::kFloat:
      return static_cast<int>(std::trunc(v->AsFloat()));
    case ValueKind::kBool:
      return v->AsBool() ? 1 : 0;
    case ValueKind::kString: {
      std::string_view s = TrimSpace(v->AsString());
      int i = 0;
      auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
      if (ec == std::errc() && end == s.data() + s.size()) return i;
      break;
    }
    default:
      break;
  }
  return WrongType(key, "an integer", *v);
}

StatusOr<double> ConfigReader::Float(std::string_view key, double fallback) const {
  const Value* v = Find(key);
  if (v == nullptr) return fallback;
  switch (v->kind()) {
    case ValueKind::kInt:
      return static_cast<double>(v->AsInt());
    case ValueKind::kFloat:
      return v->AsFloat();
    case ValueKind::kString: {
      std::string_view s = TrimSpace(v->AsString());
      double d = 0;
      auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
      if (ec == std::errc() && end == s.data() + s.size()) return d;
      break;
    }
    default:
      break;
  }
  return WrongType(key, "a number", *v);
}

StatusOr<std::vector<std::string>> ConfigReader::StringList(std::string_view key) const {
  std::vector<std::string> out;
  const Value* v = Find(key);
  if (v == nullptr) return out;
  if (v->is_string()) {
    for (std::string_view field : Split(v->AsString(), ' ')) {
      field = TrimSpace(field);
      if (!field.empty()) out.emplace_back(field);
    }
    return out;
  }
  if (v->kind() != ValueKind::kList) return WrongType(key, "a list of strings", *v);
  for (const Value& item : v->AsList()) {
    std::optional<std::string> text = ScalarText(item);
    if (!text) return WrongType(key, "a list of strings", *v);
    out.push_back(*text);
  }
  return out;
}

StatusOr<std::map<std::string, std::string>> ConfigReader::StringMap(std::string_view key) const {
  std::map<std::string, std::string> out;
  const Value* v = Find(key);
  if (v == nullptr) return out;
  if (v->kind() != ValueKind::kMap) return WrongType(key, "a table", *v);
  for (const auto& [k, item] : v->AsMap()) {
    std::optional<std::string> text = ScalarText(item);
    if (!text) return WrongType(std::string(key) + "." + k, "a string", item);
    out.emplace(k, *text);
  }
  return out;
}

StatusOr<Value> ConfigReader::Section(std::string_view key) const {
  const Value* v = Find(key);
  if (v == nullptr) return Value();
  if (v->kind() != ValueKind::kMap) return WrongType(key, "a table", *v);
  return *v;
}

}  // namespace kiln
