#include "hugo/page_resources.h"

#include <algorithm>
#include <map>

#include "base/path.h"
#include "base/strings.h"
#include "base/url_escape.h"
#include "hugo/funcs/convert.h"
#include "hugo/resource_object.h"
#include "hugo/site_object.h"
#include "value/lower_case_keys.h"

namespace kiln::hugo {
namespace {

Value Str(std::string s) { return Value::String(std::move(s)); }

class MediaTypeObject final : public Object {
 public:
  explicit MediaTypeObject(std::string type) : type_(std::move(type)) {}
  std::string_view TypeName() const override { return "media.Type"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    size_t slash = type_.find('/');
    if (name == "Type" || name == "String") return Str(type_);
    if (name == "MainType") return Str(type_.substr(0, slash));
    if (name == "SubType") return Str(slash == std::string::npos ? "" : type_.substr(slash + 1));
    return NotFoundError(std::string(name));
  }

 private:
  std::string type_;
};

struct Described {
  const Resource* resource;
  std::string name, title, type;
  ValueMap params;
};

std::string ReplaceCounter(std::string s, int counter) {
  for (size_t at; (at = s.find(":counter")) != std::string::npos;) {
    s.replace(at, 8, std::to_string(counter));
  }
  return s;
}

// Applies front matter's `resources` entries: the first matching entry with a name (title)
// names (titles) the resource; params merge, earlier entries winning.
void Describe(const Value& metadata, std::vector<Described>* out) {
  if (metadata.kind() != ValueKind::kList) return;
  std::map<std::string, int> counters;
  for (Described& d : *out) {
    bool name_set = false, title_set = false;
    int name_counter = 0, title_counter = 0;
    std::string key = AsciiLower(d.resource->rel_path);
    for (const Value& meta : metadata.AsList()) {
      const Value* src = meta.Find("src");
      if (src == nullptr || !src->is_string()) continue;
      std::string src_key = AsciiLower(src->AsString());
      if (!ResourceGlobMatch(src_key, key)) continue;
      auto take = [&](const char* field, bool* set, int* counter, std::string* target) {
        const Value* v = meta.Find(field);
        if (*set || v == nullptr) return;
        StatusOr<std::string> text = funcs::ToString(*v);
        if (!text.ok()) return;
        if (text->find(":counter") != std::string::npos && *counter == 0) {
          *counter = ++counters[std::string(field) + "_" + src_key];
        }
        *target = ReplaceCounter(*text, *counter);
        *set = true;
      };
      take("name", &name_set, &name_counter, &d.name);
      take("title", &title_set, &title_counter, &d.title);
      if (const Value* params = meta.Find("params");
          params != nullptr && params->kind() == ValueKind::kMap) {
        // The resources list was left as written; its params are lower-cased at every depth.
        for (const auto& [k, v] : params->AsMap()) {
          d.params.emplace(AsciiLower(k), LowerCaseKeys(v));
        }
      }
    }
  }
}

void SortResources(std::vector<Described>* items) {
  std::stable_sort(items->begin(), items->end(), [](const Described& a, const Described& b) {
    if (a.type < b.type) return true;
    return a.name < b.name;
  });
}

}  // namespace

std::string MediaTypeFor(std::string_view file_name) {
  static const std::map<std::string, std::string, std::less<>> kTypes = {
      {".bmp", "image/bmp"},         {".css", "text/css"},          {".csv", "text/csv"},
      {".gif", "image/gif"},         {".htm", "text/html"},         {".html", "text/html"},
      {".jpeg", "image/jpeg"},       {".jpg", "image/jpeg"},        {".js", "text/javascript"},
      {".json", "application/json"}, {".md", "text/markdown"},      {".mp3", "audio/mpeg"},
      {".mp4", "video/mp4"},         {".otf", "font/otf"},          {".pdf", "application/pdf"},
      {".png", "image/png"},         {".sass", "text/x-sass"},      {".scss", "text/x-scss"},
      {".mjs", "text/javascript"},   {".jsm", "text/javascript"},   {".ts", "text/typescript"},
      {".tsx", "text/tsx"},          {".jsx", "text/jsx"},         {".svg", "image/svg+xml"},     {".tif", "image/tiff"},
      {".tiff", "image/tiff"},       {".toml", "application/toml"}, {".ttf", "font/ttf"},
      {".txt", "text/plain"},        {".webp", "image/webp"},       {".woff", "font/woff"},
      {".woff2", "font/woff2"},      {".xml", "application/xml"},   {".yaml", "application/yaml"},
      {".yml", "application/yaml"},
  };
  auto it = kTypes.find(AsciiLower(PathExt(file_name)));
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

Value MediaTypeValue(std::string type) {
  return Value::FromObject(std::make_shared<MediaTypeObject>(std::move(type)));
}

bool ResourceGlobMatch(std::string_view pattern, std::string_view text) {
  if (pattern.empty()) return text.empty();
  // "{a,b}rest": either alternative followed by the rest.
  if (pattern.front() == '{') {
    size_t close = pattern.find('}');
    if (close != std::string_view::npos) {
      std::string_view rest = pattern.substr(close + 1);
      for (std::string_view alt : Split(pattern.substr(1, close - 1), ',')) {
        if (ResourceGlobMatch(std::string(alt) + std::string(rest), text)) return true;
      }
      return false;
    }
  }
  if (pattern.front() == '*') {
    for (size_t i = 0; i <= text.size(); ++i) {
      if (ResourceGlobMatch(pattern.substr(1), text.substr(i))) return true;
    }
    return false;
  }
  if (text.empty()) return false;
  bool same =
      pattern.front() == '?' || AsciiLower(pattern.substr(0, 1)) == AsciiLower(text.substr(0, 1));
  return same && ResourceGlobMatch(pattern.substr(1), text.substr(1));
}

Value PageResourcesValue(const Page& page, const SiteObject* site) {
  std::vector<Described> items;
  for (const Resource& r : page.resources) {
    std::string media = MediaTypeFor(r.rel_path);
    std::string type = r.is_content ? "page" : media.substr(0, media.find('/'));
    items.push_back({&r, r.rel_path, r.rel_path, type, {}});
  }
  SortResources(&items);
  const Value* metadata = page.meta.params.Find("resources");
  if (metadata != nullptr) {
    Describe(*metadata, &items);
    SortResources(&items);
  }
  // A bundle's files sit in its directory: with uglyURLs "/posts/b.html" keeps them under
  // "/posts/b/".
  std::string base = page.rel_permalink;
  if (site->content().options().ugly_urls && base.ends_with(".html")) {
    base.resize(base.size() - 5);
    base += '/';
  }
  ValueList resources;
  for (Described& d : items) {
    ResourceSpec spec;
    spec.name = std::move(d.name);
    spec.title = std::move(d.title);
    spec.media_type = MediaTypeFor(d.resource->rel_path);
    spec.params = std::move(d.params);
    spec.source_path = d.resource->filesystem_path;
    spec.is_page = d.resource->is_content;
    spec.published_by_build = true;
    // Hugo parses the joined path as a URL: spaces and non-ASCII come out escaped.
    spec.rel_permalink = GoUrlString(base + d.resource->rel_path);
    spec.permalink = GoUrlString(site->AbsUrl(base + d.resource->rel_path));
    spec.target = JoinPath(page.target_dir, d.resource->rel_path);
    spec.key = spec.rel_permalink;
    resources.push_back(ResourceValue(std::move(spec), site->resource_context()));
  }
  return ResourceListValue(std::move(resources), ResourceGlobMatch);
}

}  // namespace kiln::hugo
