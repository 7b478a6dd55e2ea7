// The CSS minifier hugo 0.111.3 runs (tdewolff/minify 2.12.4 with Precision 0 and KeepCSS2):
// drops whitespace and comments (keeping /*! licences */), shortens numbers, zero lengths,
// colors, font weights and shorthands, unquotes what may stand unquoted, and passes through
// what it does not understand. It never fails: malformed CSS is written out as it came.
//
// Pure functions over borrowed input; safe from any thread.
#ifndef KILN_MINIFY_CSS_MINIFIER_H_
#define KILN_MINIFY_CSS_MINIFIER_H_

#include <string>
#include <string_view>

namespace kiln::minify {

// Minifies a style sheet.
std::string MinifyCss(std::string_view css);
// Minifies the declaration list of a style attribute ("color: red ; margin: 0px" →
// "color:red;margin:0"), as the HTML minifier does for style="...".
std::string MinifyCssInline(std::string_view declarations);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_CSS_MINIFIER_H_
