#include "deploy/object_headers.h"

#include <algorithm>
#include <array>
#include <utility>

#include "base/hex.h"
#include "base/path.h"
#include "base/strings.h"

namespace kiln::deploy {

namespace {

// Extension → media type, sorted by extension. Where Hugo's own media types apply they come
// first (.js is text/javascript, .xml application/rss+xml is *not* used: sitemaps and feeds
// are served as XML that browsers and crawlers accept).
constexpr std::array<std::pair<std::string_view, std::string_view>, 44> kTypes = {{
    {".atom", "application/atom+xml"},
    {".avif", "image/avif"},
    {".bmp", "image/bmp"},
    {".css", "text/css"},
    {".csv", "text/csv"},
    {".eot", "application/vnd.ms-fontobject"},
    {".gif", "image/gif"},
    {".gz", "application/gzip"},
    {".htm", "text/html"},
    {".html", "text/html"},
    {".ico", "image/x-icon"},
    {".ics", "text/calendar"},
    {".jpeg", "image/jpeg"},
    {".jpg", "image/jpeg"},
    {".js", "text/javascript"},
    {".json", "application/json"},
    {".jsonld", "application/ld+json"},
    {".m4a", "audio/mp4"},
    {".map", "application/json"},
    {".md", "text/markdown"},
    {".mjs", "text/javascript"},
    {".mp3", "audio/mpeg"},
    {".mp4", "video/mp4"},
    {".ogg", "audio/ogg"},
    {".otf", "font/otf"},
    {".pdf", "application/pdf"},
    {".png", "image/png"},
    {".rss", "application/rss+xml"},
    {".svg", "image/svg+xml"},
    {".tar", "application/x-tar"},
    {".ttf", "font/ttf"},
    {".txt", "text/plain"},
    {".wasm", "application/wasm"},
    {".wav", "audio/wav"},
    {".webm", "video/webm"},
    {".webmanifest", "application/manifest+json"},
    {".webp", "image/webp"},
    {".woff", "font/woff"},
    {".woff2", "font/woff2"},
    {".xhtml", "application/xhtml+xml"},
    {".xml", "application/xml"},
    {".xsl", "application/xslt+xml"},
    {".yaml", "application/yaml"},
    {".zip", "application/zip"},
}};

bool IsText(std::string_view type) {
  return type.starts_with("text/") || type.ends_with("+xml") || type.ends_with("+json") ||
         type == "application/json" || type == "application/xml" ||
         type == "application/javascript" || type == "application/yaml";
}

bool IsFeedOrPage(std::string_view path) {
  std::string ext = AsciiLower(PathExt(path));
  return ext == ".html" || ext == ".htm" || ext == ".xml" || ext == ".rss" || ext == ".atom" ||
         ext == ".xhtml" || (ext == ".json" && PathStem(path).find("feed") != std::string::npos) ||
         ext.empty();
}

}  // namespace

std::string ContentTypeFor(std::string_view path) {
  std::string ext = AsciiLower(PathExt(path));
  auto it =
      std::lower_bound(kTypes.begin(), kTypes.end(), ext,
                       [](const auto& entry, const std::string& e) { return entry.first < e; });
  if (it == kTypes.end() || it->first != ext) return "";
  std::string type(it->second);
  if (IsText(type)) type += "; charset=utf-8";
  return type;
}

bool IsFingerprinted(std::string_view path) {
  // Look at each dot- or dash-separated part of the base name before the extension.
  std::string_view base = PathBase(path);
  size_t last_dot = base.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return false;
  std::string_view stem = base.substr(0, last_dot);
  size_t start = 0;
  for (size_t i = 0; i <= stem.size(); ++i) {
    if (i == stem.size() || stem[i] == '.' || stem[i] == '-' || stem[i] == '_') {
      std::string_view part = stem.substr(start, i - start);
      if (start > 0 && part.size() >= 8 && std::all_of(part.begin(), part.end(), IsHexDigit)) {
        return true;
      }
      start = i + 1;
    }
  }
  return false;
}

std::string DefaultCacheControl(std::string_view path) {
  std::string base = AsciiLower(PathBase(path));
  if (base == "404.html" || base == "50x.html" || base == "error.html" || base == "500.html") {
    return kErrorPageCacheControl;
  }
  // Pages keep their names from deploy to deploy, so they are never immutable.
  if (IsFeedOrPage(path) || base == "robots.txt") return kPageCacheControl;
  if (IsFingerprinted(path)) return kImmutableCacheControl;
  return kAssetCacheControl;
}

Phase PhaseFor(std::string_view path) {
  std::string ext = AsciiLower(PathExt(path));
  if (ext == ".css" || ext == ".js" || ext == ".mjs") return Phase::kStylesAndScripts;
  if (IsFeedOrPage(path) || ext == ".txt" || ext == ".webmanifest") return Phase::kPages;
  return Phase::kAssets;
}

}  // namespace kiln::deploy
