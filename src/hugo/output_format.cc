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
  for (const OutputFormat& f : BuiltinOutputFormats()) {
    if (EqualsIgnoreAsciiCase(f.name, name)) return &f;
  }
  return nullptr;
}

}  // namespace kiln::hugo
