#include "check/check_options.h"

#include <charconv>
#include <cmath>

#include "base/strings.h"

namespace kiln::check {

namespace {

bool MatchesAny(const std::vector<std::string>& patterns, std::string_view text) {
  for (const std::string& p : patterns) {
    if (GlobMatch(p, text)) return true;
  }
  return false;
}

// A number with an optional unit from `units`, scaled by that unit.
StatusOr<double> ParseScaled(std::string_view text,
                             std::initializer_list<std::pair<std::string_view, double>> units,
                             std::string_view what) {
  std::string_view t = TrimSpace(text);
  size_t end = 0;
  while (end < t.size() && ((t[end] >= '0' && t[end] <= '9') || t[end] == '.')) ++end;
  double number = 0;
  auto [ptr, ec] = std::from_chars(t.data(), t.data() + end, number);
  if (end == 0 || ec != std::errc() || ptr != t.data() + end) {
    return InvalidArgumentError("invalid " + std::string(what) + " \"" + std::string(text) + "\"");
  }
  std::string_view unit = TrimSpace(t.substr(end));
  for (const auto& [name, scale] : units) {
    if (EqualsIgnoreAsciiCase(unit, name)) return number * scale;
  }
  return InvalidArgumentError("invalid " + std::string(what) + " \"" + std::string(text) +
                              "\": unknown unit \"" + std::string(unit) + "\"");
}

StatusOr<int64_t> ToInt(const Value& v, std::string_view key) {
  if (v.kind() == ValueKind::kInt) return v.AsInt();
  if (v.kind() == ValueKind::kFloat) return static_cast<int64_t>(v.AsFloat());
  return InvalidArgumentError("[check] " + std::string(key) + " must be a number");
}

// Durations are numbers in `bare_unit` or strings such as "10s", "500ms", "24h".
StatusOr<int64_t> ToDuration(const Value& v, std::string_view key, double bare_unit_ms,
                             double result_unit_ms) {
  if (v.is_string()) {
    ASSIGN_OR_RETURN(
        double ms,
        ParseScaled(v.AsString(),
                    {{"ms", 1}, {"s", 1000}, {"m", 60'000}, {"h", 3'600'000}, {"", bare_unit_ms}},
                    "[check] " + std::string(key)));
    return static_cast<int64_t>(std::llround(ms / result_unit_ms));
  }
  ASSIGN_OR_RETURN(int64_t n, ToInt(v, key));
  return static_cast<int64_t>(std::llround(n * bare_unit_ms / result_unit_ms));
}

StatusOr<std::vector<std::string>> ToStrings(const Value& v, std::string_view key) {
  if (v.is_string()) return std::vector<std::string>{v.AsString()};
  if (v.kind() != ValueKind::kList) {
    return InvalidArgumentError("[check] " + std::string(key) + " must be a list of strings");
  }
  std::vector<std::string> out;
  for (const Value& item : v.AsList()) {
    if (!item.is_string()) {
      return InvalidArgumentError("[check] " + std::string(key) + " must be a list of strings");
    }
    out.push_back(item.AsString());
  }
  return out;
}

StatusOr<bool> ToBool(const Value& v, std::string_view key) {
  if (v.kind() != ValueKind::kBool) {
    return InvalidArgumentError("[check] " + std::string(key) + " must be true or false");
  }
  return v.AsBool();
}

}  // namespace

bool CheckOptions::IgnoresUrl(std::string_view url) const { return MatchesAny(ignore_urls, url); }

bool CheckOptions::IgnoresFile(std::string_view path) const {
  return MatchesAny(ignore_files, path);
}

StatusOr<uint64_t> ParseByteSize(std::string_view text) {
  ASSIGN_OR_RETURN(double bytes, ParseScaled(text,
                                             {{"", 1},
                                              {"B", 1},
                                              {"KB", 1e3},
                                              {"MB", 1e6},
                                              {"GB", 1e9},
                                              {"KiB", 1024},
                                              {"MiB", 1024.0 * 1024},
                                              {"GiB", 1024.0 * 1024 * 1024}},
                                             "byte size"));
  return static_cast<uint64_t>(std::llround(bytes));
}

bool GlobMatch(std::string_view pattern, std::string_view text) {
  // Iterative matching with one backtrack point: linear for patterns with a single '*'
  // run and never exponential.
  size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

Status ApplyCheckSection(const Value& section, CheckOptions* options) {
  if (section.is_null()) return Status::Ok();
  if (section.kind() != ValueKind::kMap) {
    return InvalidArgumentError("[check] must be a table");
  }
  for (const auto& [raw_key, v] : section.AsMap()) {
    std::string key = AsciiLower(raw_key);
    if (key == "budget") {
      if (v.is_string()) {
        ASSIGN_OR_RETURN(options->budget_bytes, ParseByteSize(v.AsString()));
      } else {
        ASSIGN_OR_RETURN(int64_t n, ToInt(v, raw_key));
        options->budget_bytes = static_cast<uint64_t>(n);
      }
    } else if (key == "heaviest") {
      ASSIGN_OR_RETURN(int64_t n, ToInt(v, raw_key));
      options->heaviest_count = static_cast<int>(n);
    } else if (key == "ignore") {
      ASSIGN_OR_RETURN(options->ignore_urls, ToStrings(v, raw_key));
    } else if (key == "ignorefiles") {
      ASSIGN_OR_RETURN(options->ignore_files, ToStrings(v, raw_key));
    } else if (key == "warningsaserrors") {
      ASSIGN_OR_RETURN(options->warnings_as_errors, ToBool(v, raw_key));
    } else if (key == "external") {
      ASSIGN_OR_RETURN(options->external.enabled, ToBool(v, raw_key));
    } else if (key == "externalconcurrency") {
      ASSIGN_OR_RETURN(int64_t n, ToInt(v, raw_key));
      options->external.concurrency = static_cast<int>(n);
    } else if (key == "externalperhost") {
      ASSIGN_OR_RETURN(int64_t n, ToInt(v, raw_key));
      options->external.per_host = static_cast<int>(n);
    } else if (key == "externaltimeout") {
      ASSIGN_OR_RETURN(int64_t ms, ToDuration(v, raw_key, 1, 1));
      options->external.timeout_ms = static_cast<int>(ms);
    } else if (key == "cachefile") {
      if (!v.is_string()) return InvalidArgumentError("[check] " + raw_key + " must be a string");
      options->external.cache_file = v.AsString();
    } else if (key == "cachettl") {
      ASSIGN_OR_RETURN(options->external.cache_ttl_seconds, ToDuration(v, raw_key, 1000, 1000));
    } else {
      return InvalidArgumentError("[check] has no setting \"" + raw_key + "\"");
    }
  }
  if (options->external.concurrency < 1 || options->external.per_host < 1) {
    return InvalidArgumentError("[check] external concurrency limits must be at least 1");
  }
  return Status::Ok();
}

}  // namespace kiln::check
