#include "config/env_overrides.h"

#include <charconv>
#include <optional>
#include <vector>

#include "base/parse_bool.h"
#include "base/strings.h"
#include "config/value_tree.h"
#include "value/decode.h"
#include "value/lower_case_keys.h"

namespace kiln {

namespace {

std::optional<int64_t> ParseInt(std::string_view s) {
  // Hugo's cast drops a zero decimal part first: "3.0" → 3.
  if (size_t dot = s.find('.'); dot != std::string_view::npos &&
                                s.find_first_not_of('0', dot + 1) == std::string_view::npos) {
    s = s.substr(0, dot);
  }
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<double> ParseFloat(std::string_view s) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// `text` converted to the kind of `existing`, or nullopt when it does not convert.
std::optional<Value> ConvertLike(const Value& existing, std::string_view text) {
  text = TrimSpace(text);
  switch (existing.kind()) {
    case ValueKind::kString:
      return Value::String(std::string(text));
    case ValueKind::kBool:
      if (auto b = ParseGoBool(text)) return Value::Bool(*b);
      return std::nullopt;
    case ValueKind::kInt:
      if (auto i = ParseInt(text)) return Value::Int(*i);
      return std::nullopt;
    case ValueKind::kFloat:
      if (auto f = ParseFloat(text)) return Value::Float(*f);
      return std::nullopt;
    case ValueKind::kMap: {
      // The format is guessed from the text, as Hugo does.
      DataFormat format = DataFormat::kYaml;
      if (!text.empty() && text.front() == '{') {
        format = DataFormat::kJson;
      } else if (text.find('=') != std::string_view::npos) {
        format = DataFormat::kToml;
      }
      StatusOr<Value> decoded = DecodeData(format, text, "environment");
      if (!decoded.ok() || decoded->kind() != ValueKind::kMap) return std::nullopt;
      return LowerCaseKeys(*decoded);
    }
    case ValueKind::kList: {
      StatusOr<Value> decoded = DecodeData(DataFormat::kYaml, text, "environment");
      if (!decoded.ok()) return std::nullopt;
      return *decoded;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

Value ApplyEnvOverrides(const Value& tree, const std::map<std::string, std::string>& env) {
  constexpr std::string_view kPrefix = "HUGO";
  Value out = tree;
  for (const auto& [name, text] : env) {
    if (!name.starts_with(kPrefix) || name.size() < kPrefix.size() + 2) continue;
    const char delimiter = name[kPrefix.size()];
    std::vector<std::string> path;
    for (std::string_view part :
         Split(std::string_view(name).substr(kPrefix.size() + 1), delimiter)) {
      path.push_back(AsciiLower(part));
    }
    if (const Value* existing = FindPath(out, path)) {
      if (std::optional<Value> converted = ConvertLike(*existing, text)) {
        out = SetPath(out, path, std::move(*converted));
      }
    } else {
      out = SetPath(out, path, Value::String(text));
    }
  }
  return out;
}

}  // namespace kiln
