// MinifyJs: JavaScript minified as hugo's minifier (tdewolff/minify 2.12.4 with hugo's settings)
// minifies it. The script is parsed (js_parser.h), its statements merged and its expressions
// shortened (js_optimize.h), and printed back with only the spaces, semicolons and parentheses
// the grammar needs, literals in their shortest form, and "/*! ... */" notices first.
//
// Not yet done: the renaming of local variables (hugo renames them to one or two letters in
// the order of its character-frequency table) and the removal of unused function parameters,
// catch bindings and function expression names, which need scope analysis; see
// testdata/minify/js/known_differences.txt.
//
// Pure function; thread-safe.
#ifndef KILN_MINIFY_JS_MINIFIER_H_
#define KILN_MINIFY_JS_MINIFIER_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::minify {

// Fails with the parser's message on a script that does not parse.
StatusOr<std::string> MinifyJs(std::string_view js);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_MINIFIER_H_
