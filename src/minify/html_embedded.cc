// MinifyHtmlDocument: the HTML minifier wired to the media-type dispatcher for what it embeds.
#include "minify/css_minifier.h"
#include "minify/html_minifier.h"
#include "minify/minify.h"

namespace kiln::minify {

StatusOr<std::string> MinifyHtmlDocument(std::string_view in, const HtmlMinifyOptions& options,
                                         const std::set<Kind>& disabled) {
  EmbeddedMinifier embedded = [&options, &disabled, &embedded](
                                  std::string_view media_type, const MediaParams& params,
                                  std::string_view content, std::string* out) -> Status {
    Kind kind = KindForMediaType(media_type);
    if (kind == Kind::kHtml) return MinifyHtml(content, options, embedded, out);
    if (kind == Kind::kNone || disabled.count(kind) != 0) return NotFoundError("");
    if (kind == Kind::kCss && params.count("inline") != 0) {  // a style="" declaration list
      out->append(MinifyCssInline(content));
      return Status::Ok();
    }
    StatusOr<std::string> minified = Minify(kind, content);
    if (!minified.ok()) {
      // Minifiers kiln does not have yet leave their content as written.
      if (minified.status().code() == StatusCode::kUnimplemented) {
        return NotFoundError("");
      }
      return minified.status();
    }
    out->append(*minified);
    return Status::Ok();
  };
  std::string out;
  RETURN_IF_ERROR(MinifyHtml(in, options, embedded, &out));
  return out;
}

}  // namespace kiln::minify
