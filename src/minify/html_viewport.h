// The <meta name="viewport" content="..."> rewrite of the HTML minifier: spaces dropped and
// each number after "=" in its shortest spelling ("initial-scale=1.0, width=device-width"
// → "initial-scale=1,width=device-width"), as hugo's minifier does. Pure
// function; thread-safe.
#ifndef KILN_MINIFY_HTML_VIEWPORT_H_
#define KILN_MINIFY_HTML_VIEWPORT_H_

#include <string>
#include <string_view>

namespace kiln::minify {

std::string MinifyViewport(std::string_view content);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_HTML_VIEWPORT_H_
