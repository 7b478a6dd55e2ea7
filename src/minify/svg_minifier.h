// The SVG minifier hugo 0.111.3 runs (tdewolff/minify 2.12.4, Precision 0): the XML rules plus
// SVG's own: comments, processing instructions and <metadata> go, empty <rect>s go, default
// attribute values go, numbers and lengths shorten ("px" dropped), colors shorten, path data
// is rewritten (svg_path.h), <style> contents and style="" go through the CSS minifier.
// A NUL byte is an error with tdewolff's message.
//
// Pure function over borrowed input; thread-safe.
#ifndef KILN_MINIFY_SVG_MINIFIER_H_
#define KILN_MINIFY_SVG_MINIFIER_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::minify {

StatusOr<std::string> MinifySvg(std::string_view svg);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_SVG_MINIFIER_H_
