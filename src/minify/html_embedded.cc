// MinifyHtmlDocument: the HTML minifier wired to the media-type dispatcher for what it embeds.
#include "minify/html_minifier.h"
#include "minify/minify.h"

namespace kiln::minify {

StatusOr<std::string> MinifyHtmlDocument(std::string_view in, const HtmlMinifyOptions& options) {
  EmbeddedMinifier embedded = [&options, &embedded](
                                  std::string_view media_type, const MediaParams& params,
                                  std::string_view content, std::string* out) -> Status {
    Kind kind = KindForMediaType(media_type);
    if (kind == Kind::kHtml) return MinifyHtml(content, options, embedded, out);
    // A style="" value is a declaration list, which the style-sheet minifier does not take.
    bool inline_css = kind == Kind::kCss && params.count("inline") != 0;
    if (kind == Kind::kNone || inline_css) return NotFoundError("");
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
