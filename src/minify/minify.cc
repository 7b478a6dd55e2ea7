#include "minify/minify.h"

#include <array>

#include "minify/css_minifier.h"
#include "minify/html_minifier.h"
#include "minify/js_minifier.h"
#include "minify/json_minifier.h"
#include "minify/svg_minifier.h"
#include "minify/xml_minifier.h"

namespace kiln::minify {
namespace {

// The bare "type/subtype" of a media type: leading spaces and parameters dropped, as
// tdewolff's parse.Mediatype does before it looks a minifier up.
std::string_view BareMimeType(std::string_view media_type) {
  size_t start = media_type.find_first_not_of(' ');
  if (start == std::string_view::npos) return {};
  media_type.remove_prefix(start);
  // A mime type is at least three characters, so the search starts there.
  for (size_t i = 3; i < media_type.size(); ++i) {
    if (media_type[i] == ';' || media_type[i] == ' ') return media_type.substr(0, i);
  }
  return media_type;
}

bool ConsumePrefix(std::string_view& s, std::string_view prefix) {
  if (!s.starts_with(prefix)) return false;
  s.remove_prefix(prefix.size());
  return true;
}

bool IsJsType(std::string_view mime) {
  if (!ConsumePrefix(mime, "application/") && !ConsumePrefix(mime, "text/")) return false;
  ConsumePrefix(mime, "x-");
  return mime == "javascript" || mime == "ecmascript";
}

bool IsJsonType(std::string_view mime) {
  if (!ConsumePrefix(mime, "application/") && !ConsumePrefix(mime, "text/")) return false;
  for (std::string_view prefix : {"x-", "ld+", "manifest+"}) {
    if (ConsumePrefix(mime, prefix)) break;
  }
  return mime == "json";
}

}  // namespace

Kind KindForMediaType(std::string_view media_type) {
  std::string_view mime = BareMimeType(media_type);
  if (mime == "text/css") return Kind::kCss;
  if (mime == "text/html") return Kind::kHtml;
  if (IsJsType(mime)) return Kind::kJs;
  if (IsJsonType(mime)) return Kind::kJson;
  if (mime == "image/svg+xml") return Kind::kSvg;
  if (mime == "application/xml" || mime == "application/rss+xml") return Kind::kXml;
  return Kind::kNone;
}

Kind KindForSuffix(std::string_view suffix) {
  static constexpr std::array<std::pair<std::string_view, Kind>, 6> kBySuffix = {{
      {"css", Kind::kCss},
      {"html", Kind::kHtml},
      {"js", Kind::kJs},
      {"json", Kind::kJson},
      {"svg", Kind::kSvg},
      {"xml", Kind::kXml},
  }};
  for (const auto& [name, kind] : kBySuffix) {
    if (name == suffix) return kind;
  }
  return Kind::kNone;
}

StatusOr<std::string> Minify(Kind kind, std::string_view input) {
  switch (kind) {
    case Kind::kNone:
      return UnimplementedError("no minifier for this media type");
    case Kind::kCss:
      return MinifyCss(input);
    case Kind::kHtml:
      return MinifyHtmlDocument(input);
    case Kind::kJson:
      return MinifyJson(input);
    case Kind::kXml:
      return MinifyXml(input);
    case Kind::kSvg:
      return MinifySvg(input);
    case Kind::kJs:
      return MinifyJs(input);
  }
  return UnimplementedError("no minifier for this media type");
}

StatusOr<std::string> Minify(std::string_view media_type, std::string_view input) {
  Kind kind = KindForMediaType(media_type);
  if (kind == Kind::kNone) {
    return UnimplementedError("minifier does not exist for mimetype \"" +
                              std::string(BareMimeType(media_type)) + "\"");
  }
  return Minify(kind, input);
}

}  // namespace kiln::minify
