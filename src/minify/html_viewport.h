// The <meta name="viewport" content="..."> rewrite of the HTML minifier: spaces dropped and
// each number after "=" in its shortest spelling ("initial-scale=1.0, width=device-width"
// → "initial-scale=1,width=device-width"), as hugo's minifier does. Pure functions;
// thread-safe.
#ifndef KILN_MINIFY_HTML_VIEWPORT_H_
#define KILN_MINIFY_HTML_VIEWPORT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "minify/number.h"  // NumberPrefixLength

namespace kiln::minify {

std::string MinifyViewport(std::string_view content);

// The shortest spelling of a number NumberPrefixLength accepted, exponent notation included
// ("1000" → "1e3", "0.50" → ".5", "-0.0" → "0").
std::string ShortestNumber(std::string_view num);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_HTML_VIEWPORT_H_
