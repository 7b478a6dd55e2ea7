// ParseJs: the JavaScript parser of the JS minifier. It reads a script or module (ES2022: classes
// with fields and static blocks, async functions and generators, destructuring, optional
// chaining, template literals, import/export) into a JsAst shaped as hugo's minifier
// (tdewolff/parse 2.6 with WhileToFor) shapes it: while loops become for loops, every for loop
// without a var declaration in its head gets an empty one, and var declarations are listed on
// their function body for hoisting. Automatic semicolon insertion follows the line breaks the
// lexer reports; a "/" that starts an expression is read again as a regular expression.
//
// Pure function; thread-safe.
#ifndef KILN_MINIFY_JS_PARSER_H_
#define KILN_MINIFY_JS_PARSER_H_

#include <memory>
#include <string_view>

#include "base/status.h"
#include "minify/js_ast.h"

namespace kiln::minify {

// Fails with "unexpected ) in expression on line 2 and column 5" and the line with a caret,
// as parse_error.h formats it.
StatusOr<std::unique_ptr<JsAst>> ParseJs(std::string_view js);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_PARSER_H_
