#include "hugo/output_format.h"

#include "base/strings.h"

namespace kiln::hugo {
namespace {

OutputFormat Make(std::string name, std::string media_type, std::string suffix,
                  std::string base_name, std::string rel, bool plain) {
  OutputFormat f;
  f.name = std::move(name);
  f.media_type = std::move(media_type);
  f.suffix = std::move(suffix);
  f.base_name = std::move(base_name);
  f.rel = std::move(rel);
  f.is_plain_text = plain;
  return f;
}

std::vector<OutputFormat> BuildTable() {
  std::vector<OutputFormat> t;
  OutputFormat amp = Make("AMP", "text/html", "html", "index", "amphtml", false);
  amp.is_html = true;
  amp.permalinkable = true;
  t.push_back(amp);
  OutputFormat css = Make("CSS", "text/css", "css", "styles", "stylesheet", true);
  css.not_alternative = true;
  t.push_back(css);
  t.push_back(Make("CSV", "text/csv", "csv", "index", "alternate", true));
  t.push_back(Make("Calendar", "text/calendar", "ics", "index", "alternate", true));
  OutputFormat html = Make("HTML", "text/html", "html", "index", "canonical", false);
  html.is_html = true;
  html.permalinkable = true;
  t.push_back(html);
  t.push_back(Make("JSON", "application/json", "json", "index", "alternate", true));
  t.push_back(Make("MARKDOWN", "text/markdown", "md", "index", "alternate", true));
  OutputFormat robots = Make("ROBOTS", "text/plain", "txt", "robots", "alternate", true);
  t.push_back(robots);
  OutputFormat rss = Make("RSS", "application/rss+xml", "xml", "index", "alternate", false);
  rss.no_ugly = true;
  t.push_back(rss);
  OutputFormat sitemap = Make("Sitemap", "application/xml", "xml", "sitemap", "sitemap", false);
  sitemap.no_ugly = true;
  t.push_back(sitemap);
  OutputFormat manifest = Make("WebAppManifest", "application/manifest+json", "webmanifest",
                               "manifest", "manifest", true);
  manifest.not_alternative = true;
  t.push_back(manifest);
  return t;
}

}  // namespace

std::span<const OutputFormat> BuiltinOutputFormats() {
  static const std::vector<OutputFormat> kFormats = BuildTable();
  return kFormats;
}

const OutputFormat* FindBuiltinOutputFormat(std::string_view name) {
  return FindOutputFormat(BuiltinOutputFormats(), name);
}

const OutputFormat* FindOutputFormat(std::span<const OutputFormat> formats, std::string_view name) {
  for (const OutputFormat& f : formats) {
    if (EqualsIgnoreAsciiCase(f.name, name)) return &f;
  }
  return nullptr;
}

std::vector<OutputFormat> SiteOutputFormats(const Value& output_formats, const Value& media_types) {
  std::vector<OutputFormat> out(BuiltinOutputFormats().begin(), BuiltinOutputFormats().end());
  if (output_formats.kind() != ValueKind::kMap) return out;
  // The first suffix of a media type: the site's [mediaTypes], else a built-in format's.
  auto suffix_of = [&](const std::string& type) -> std::string {
    const Value* m = media_types.kind() == ValueKind::kMap ? media_types.Find(type) : nullptr;
    const Value* s = m != nullptr && m->kind() == ValueKind::kMap ? m->Find("suffixes") : nullptr;
    if (s != nullptr && s->kind() == ValueKind::kList && !s->AsList().empty() &&
        s->AsList()[0].is_string()) {
      return s->AsList()[0].AsString();
    }
    for (const OutputFormat& f : BuiltinOutputFormats()) {
      if (f.media_type == type) return f.suffix;
    }
    return "";
  };
  for (const auto& [name, def] : output_formats.AsMap()) {
    if (def.kind() != ValueKind::kMap) continue;
    OutputFormat* f = nullptr;
    for (OutputFormat& existing : out) {
      if (EqualsIgnoreAsciiCase(existing.name, name)) f = &existing;
    }
    if (f == nullptr) {
      out.push_back(Make(name, "text/html", "html", "index", "alternate", false));
      f = &out.back();
    }
    for (const auto& [key, v] : def.AsMap()) {
      if (key == "mediatype" && v.is_string()) {
        f->media_type = v.AsString();
        f->suffix = suffix_of(f->media_type);
      }
      if (key == "basename" && v.is_string()) f->base_name = v.AsString();
      if (key == "rel" && v.is_string()) f->rel = v.AsString();
      if (key == "path" && v.is_string()) f->path = v.AsString();
      if (key == "isplaintext") f->is_plain_text = v.IsTruthy();
      if (key == "ishtml") f->is_html = v.IsTruthy();
      if (key == "nougly") f->no_ugly = v.IsTruthy();
      if (key == "notalternative") f->not_alternative = v.IsTruthy();
      if (key == "permalinkable") f->permalinkable = v.IsTruthy();
    }
  }
  return out;
}

}  // namespace kiln::hugo
