#include "hugo/site_services.h"

#include <initializer_list>
#include <string>

#include "base/strings.h"

namespace kiln::hugo {
namespace {

const Value* Path(const Value& root, std::initializer_list<std::string_view> keys) {
  const Value* v = &root;
  for (std::string_view k : keys) {
    if (v->kind() != ValueKind::kMap) return nullptr;
    v = v->Find(k);
    if (v == nullptr) return nullptr;
  }
  return v;
}

std::string String(const Value& root, std::initializer_list<std::string_view> keys) {
  const Value* v = Path(root, keys);
  return v != nullptr && v->is_string() ? v->AsString() : std::string();
}

bool Bool(const Value& root, std::initializer_list<std::string_view> keys) {
  const Value* v = Path(root, keys);
  return v != nullptr && v->IsTruthy();
}

// The first non-empty string of a `services` key and its legacy top-level spelling.
std::string ServiceString(const Value& config, std::string_view service, std::string_view key,
                          std::string_view legacy) {
  std::string s = String(config, {"services", service, key});
  return s.empty() ? String(config, {legacy}) : s;
}

// A privacy section: each flag read from privacy.<section>.<lower-cased name>.
Value PrivacySection(const Value& config, std::string_view section,
                     std::initializer_list<std::string_view> flags) {
  ValueMap out;
  for (std::string_view flag : flags) {
    out.emplace(std::string(flag),
                Value::Bool(Bool(config, {"privacy", section, AsciiLower(flag)})));
  }
  return Value::Map(std::move(out));
}

Value ConfigValue(const Value& config) {
  ValueMap services{
      {"GoogleAnalytics",
       Value::Map({{"ID", Value::String(ServiceString(config, "googleanalytics", "id",
                                                      "googleanalytics"))}})},
      {"Disqus",
       Value::Map({{"Shortname", Value::String(ServiceString(config, "disqus", "shortname",
                                                             "disqusshortname"))}})},
      {"RSS", Value::Map({{"Limit", Value::Int(RssLimit(config))}})},
      {"Twitter",
       Value::Map({{"DisableInlineCSS",
                    Value::Bool(Bool(config, {"services", "twitter", "disableinlinecss"}))}})},
      {"Instagram",
       Value::Map({{"DisableInlineCSS",
                    Value::Bool(Bool(config, {"services", "instagram", "disableinlinecss"}))},
                   {"AccessToken",
                    Value::String(String(config, {"services", "instagram", "accesstoken"}))}})}};
  ValueMap privacy{
      {"GoogleAnalytics",
       PrivacySection(config, "googleanalytics",
                      {"Disable", "AnonymizeIP", "RespectDoNotTrack", "UseSessionStorage"})},
      {"Disqus", PrivacySection(config, "disqus", {"Disable"})},
      {"Instagram", PrivacySection(config, "instagram", {"Disable", "Simple"})},
      {"Twitter", PrivacySection(config, "twitter", {"Disable", "EnableDNT", "Simple"})},
      {"Vimeo", PrivacySection(config, "vimeo", {"Disable", "EnableDNT", "Simple"})},
      {"YouTube", PrivacySection(config, "youtube", {"Disable", "PrivacyEnhanced"})}};
  return Value::Map(
      {{"Services", Value::Map(std::move(services))}, {"Privacy", Value::Map(std::move(privacy))}});
}

}  // namespace

Value SitemapValue(const Value& page_params, const Value& config) {
  std::string change_freq;
  double priority = -1;
  std::string filename = "sitemap.xml";
  for (const Value* section : {Path(config, {"sitemap"}), Path(page_params, {"sitemap"})}) {
    if (section == nullptr || section->kind() != ValueKind::kMap) continue;
    if (const Value* v = section->Find("changefreq"); v != nullptr && v->is_string()) {
      change_freq = v->AsString();
    }
    if (const Value* v = section->Find("priority"); v != nullptr) {
      if (v->kind() == ValueKind::kFloat) priority = v->AsFloat();
      if (v->kind() == ValueKind::kInt) priority = static_cast<double>(v->AsInt());
    }
    if (const Value* v = section->Find("filename"); v != nullptr && v->is_string()) {
      filename = v->AsString();
    }
  }
  return Value::Map({{"ChangeFreq", Value::String(change_freq)},
                     {"Priority", Value::Float(priority)},
                     {"Filename", Value::String(filename)}});
}

int64_t RssLimit(const Value& config) {
  for (const Value* v : {Path(config, {"services", "rss", "limit"}), Path(config, {"rsslimit"})}) {
    if (v != nullptr && v->kind() == ValueKind::kInt) return v->AsInt();
  }
  return -1;
}

std::optional<Value> SiteServiceMember(const Value& config, std::string_view name) {
  if (name == "Config") return ConfigValue(config);
  if (name == "Social") {
    const Value* v = Path(config, {"social"});
    return v != nullptr && v->kind() == ValueKind::kMap ? *v : Value::Map({});
  }
  if (name == "DisqusShortname") {
    return Value::String(ServiceString(config, "disqus", "shortname", "disqusshortname"));
  }
  if (name == "GoogleAnalytics") {
    return Value::String(ServiceString(config, "googleanalytics", "id", "googleanalytics"));
  }
  return std::nullopt;
}

}  // namespace kiln::hugo
