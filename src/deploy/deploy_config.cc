#include "deploy/deploy_config.h"

#include "base/percent_decode.h"
#include "base/strings.h"

namespace kiln::deploy {

namespace {

// mapstructure matches keys case-insensitively.
const Value* Field(const Value& map, std::string_view key) {
  if (map.kind() != ValueKind::kMap) return nullptr;
  for (const auto& [k, v] : map.AsMap()) {
    if (EqualsIgnoreAsciiCase(k, key)) return &v;
  }
  return nullptr;
}

StatusOr<std::string> StringField(const Value& map, std::string_view key, std::string_view where) {
  const Value* v = Field(map, key);
  if (v == nullptr || v->is_null()) return std::string();
  switch (v->kind()) {
    case ValueKind::kString:
      return v->AsString();
    case ValueKind::kInt:
      return std::to_string(v->AsInt());
    case ValueKind::kBool:
      return std::string(v->AsBool() ? "1" : "0");
    default:
      return InvalidArgumentError(std::string(where) + ": " + std::string(key) +
                                  " must be a string, not " + ValueKindName(v->kind()));
  }
}

// Weak decoding as mapstructure does it: "true", "1", 1 and true are all true.
StatusOr<bool> BoolField(const Value& map, std::string_view key, std::string_view where) {
  const Value* v = Field(map, key);
  if (v == nullptr || v->is_null()) return false;
  switch (v->kind()) {
    case ValueKind::kBool:
      return v->AsBool();
    case ValueKind::kInt:
      return v->AsInt() != 0;
    case ValueKind::kString: {
      std::string s = AsciiLower(v->AsString());
      if (s == "true" || s == "1" || s == "t") return true;
      if (s == "false" || s == "0" || s == "f" || s.empty()) return false;
      break;
    }
    default:
      break;
  }
  return InvalidArgumentError(std::string(where) + ": " + std::string(key) + " must be a boolean");
}

StatusOr<std::vector<Value>> ListField(const Value& map, std::string_view key) {
  const Value* v = Field(map, key);
  if (v == nullptr || v->is_null()) return std::vector<Value>();
  if (v->kind() == ValueKind::kList) return v->AsList();
  if (v->kind() == ValueKind::kMap || v->kind() == ValueKind::kString) {
    return std::vector<Value>{*v};  // a single table or string where a list was expected
  }
  return InvalidArgumentError("deployment." + std::string(key) + " must be a list");
}

StatusOr<Target> ParseTarget(const Value& v, size_t index) {
  std::string where = "deployment.targets[" + std::to_string(index) + "]";
  Target t;
  ASSIGN_OR_RETURN(t.name, StringField(v, "name", where));
  ASSIGN_OR_RETURN(t.url, StringField(v, "url", where));
  ASSIGN_OR_RETURN(t.cloudfront_distribution_id, StringField(v, "cloudFrontDistributionID", where));
  ASSIGN_OR_RETURN(t.strip_index_html, BoolField(v, "stripIndexHTML", where));
  ASSIGN_OR_RETURN(std::string include, StringField(v, "include", where));
  ASSIGN_OR_RETURN(std::string exclude, StringField(v, "exclude", where));
  if (!include.empty()) {
    ASSIGN_OR_RETURN(t.include, Glob::Compile(include));
  }
  if (!exclude.empty()) {
    ASSIGN_OR_RETURN(t.exclude, Glob::Compile(exclude));
  }
  if (t.url.empty()) return InvalidArgumentError(where + ": URL is required");
  ASSIGN_OR_RETURN(t.bucket, ParseBucketUrl(t.url));
  return t;
}

StatusOr<Matcher> ParseMatcher(const Value& v, size_t index) {
  std::string where = "deployment.matchers[" + std::to_string(index) + "]";
  Matcher m;
  ASSIGN_OR_RETURN(m.pattern, StringField(v, "pattern", where));
  if (m.pattern.empty()) return InvalidArgumentError(where + ": empty pattern");
  ASSIGN_OR_RETURN(m.regex, CompileRegex(m.pattern, where + " pattern"));
  ASSIGN_OR_RETURN(m.cache_control, StringField(v, "cacheControl", where));
  ASSIGN_OR_RETURN(m.content_encoding, StringField(v, "contentEncoding", where));
  ASSIGN_OR_RETURN(m.content_type, StringField(v, "contentType", where));
  ASSIGN_OR_RETURN(m.gzip, BoolField(v, "gzip", where));
  ASSIGN_OR_RETURN(m.force, BoolField(v, "force", where));
  return m;
}

}  // namespace

StatusOr<BucketUrl> ParseBucketUrl(const std::string& url) {
  constexpr std::string_view kScheme = "s3://";
  if (!url.starts_with(kScheme)) {
    return InvalidArgumentError("deployment target URL \"" + url +
                                "\": kiln deploys to s3:// URLs only");
  }
  BucketUrl out;
  std::string_view rest = std::string_view(url).substr(kScheme.size());
  size_t q = rest.find('?');
  out.bucket = std::string(rest.substr(0, q));
  if (out.bucket.empty() || out.bucket.find('/') != std::string::npos) {
    return InvalidArgumentError("deployment target URL \"" + url + "\": bad bucket name");
  }
  if (q == std::string_view::npos) return out;
  for (std::string_view pair : Split(rest.substr(q + 1), '&')) {
    size_t eq = pair.find('=');
    std::string key = PercentDecode(pair.substr(0, eq), PlusDecoding::kSpace);
    std::string value = eq == std::string_view::npos
                            ? ""
                            : PercentDecode(pair.substr(eq + 1), PlusDecoding::kSpace);
    if (key == "region") {
      out.region = value;
    } else if (key == "endpoint") {
      out.endpoint = value;
    } else if (key == "prefix") {
      out.prefix = value;
    } else if (key == "profile") {
      out.profile = value;
    } else if (key == "s3ForcePathStyle" || key == "use_path_style") {
      out.force_path_style = value == "true" || value == "1";
    } else if (key == "disableSSL" || key == "disable_https") {
      out.disable_ssl = value == "true" || value == "1";
    } else if (key != "awssdk") {
      return InvalidArgumentError("deployment target URL \"" + url + "\": unknown parameter \"" +
                                  key + "\"");
    }
  }
  if (!out.endpoint.empty() && out.endpoint.find("://") == std::string::npos) {
    out.endpoint = (out.disable_ssl ? "http://" : "https://") + out.endpoint;
  }
  while (out.endpoint.ends_with('/')) out.endpoint.pop_back();
  if (!out.prefix.empty() && !out.prefix.ends_with('/')) out.prefix.push_back('/');
  return out;
}

StatusOr<const Target*> DeploymentConfig::FindTarget(const std::string& name) const {
  if (targets.empty()) {
    return InvalidArgumentError("no deployment targets configured: add [[deployment.targets]]");
  }
  if (name.empty()) return &targets.front();
  for (const Target& t : targets) {
    if (t.name == name) return &t;
  }
  return InvalidArgumentError("deployment target \"" + name + "\" not found");
}

StatusOr<DeploymentConfig> ParseDeploymentConfig(const Value& deployment) {
  DeploymentConfig config;
  if (deployment.is_null()) return config;
  if (deployment.kind() != ValueKind::kMap) {
    return InvalidArgumentError("deployment must be a table");
  }
  ASSIGN_OR_RETURN(std::vector<Value> targets, ListField(deployment, "targets"));
  for (size_t i = 0; i < targets.size(); ++i) {
    ASSIGN_OR_RETURN(Target t, ParseTarget(targets[i], i));
    config.targets.push_back(std::move(t));
  }
  ASSIGN_OR_RETURN(std::vector<Value> matchers, ListField(deployment, "matchers"));
  for (size_t i = 0; i < matchers.size(); ++i) {
    ASSIGN_OR_RETURN(Matcher m, ParseMatcher(matchers[i], i));
    config.matchers.push_back(std::move(m));
  }
  ASSIGN_OR_RETURN(std::vector<Value> order, ListField(deployment, "order"));
  for (size_t i = 0; i < order.size(); ++i) {
    if (!order[i].is_string()) return InvalidArgumentError("deployment.order must hold strings");
    ASSIGN_OR_RETURN(std::regex re, CompileRegex(order[i].AsString(),
                                                 "deployment.order[" + std::to_string(i) + "]"));
    config.order.push_back(order[i].AsString());
    config.order_regexes.push_back(std::move(re));
  }
  if (const Value* max = Field(deployment, "invalidationMaxPaths"); max != nullptr) {
    if (max->kind() != ValueKind::kInt || max->AsInt() < 1) {
      return InvalidArgumentError("deployment.invalidationMaxPaths must be a positive integer");
    }
    config.invalidation_max_paths = static_cast<int>(max->AsInt());
  }
  return config;
}

Status AddSiteMediaTypes(const Value& media_types, DeploymentConfig* config) {
  if (media_types.is_null()) return Status::Ok();
  if (media_types.kind() != ValueKind::kMap) {
    return InvalidArgumentError("mediaTypes must be a table");
  }
  // ValueMap iterates its types in order, so the first type to claim a suffix keeps it.
  for (const auto& [type, definition] : media_types.AsMap()) {
    const Value* suffixes = Field(definition, "suffixes");
    if (suffixes == nullptr || suffixes->is_null()) continue;
    std::vector<Value> list =
        suffixes->kind() == ValueKind::kList ? suffixes->AsList() : std::vector<Value>{*suffixes};
    for (const Value& suffix : list) {
      if (!suffix.is_string()) {
        return InvalidArgumentError("mediaTypes." + type + ".suffixes must hold strings");
      }
      config->site_content_types.emplace(suffix.AsString(), type);
    }
  }
  return Status::Ok();
}

}  // namespace kiln::deploy
