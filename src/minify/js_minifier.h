// MinifyJs: JavaScript minified as hugo's minifier (tdewolff/minify 2.12.4 with hugo's settings)
// minifies it. The script is parsed with its scopes (js_parser.h, js_scope.h), its statements
// merged and its expressions shortened (js_optimize.h), and printed back (js_printer.h) with only
// the spaces, semicolons and parentheses the grammar needs, literals in their shortest form,
// local variables renamed (js_renamer.h), unused trailing parameters, catch bindings and
// function expression names dropped, and the "/*! ... */" notices that open the file first.
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
