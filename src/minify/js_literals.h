// Literal shortening for the JS minifier, as hugo's minifier (tdewolff/minify 2.12.4) does it:
// strings get the quote that needs the fewest escapes (a template literal when that is
// shorter and allowed) and lose escapes they do not need, regular expressions lose needless
// escapes, and numbers are written in their shortest decimal form ("0x10" → "16", "1000" →
// "1e3").
//
// Pure functions; thread-safe.
#ifndef KILN_MINIFY_JS_LITERALS_H_
#define KILN_MINIFY_JS_LITERALS_H_

#include <string>
#include <string_view>

#include "minify/js_ast.h"

namespace kiln::minify {

// `literal` is a quoted string literal as written ('it\'s').
std::string MinifyJsString(std::string_view literal, bool allow_template);

// Drops escapes the quote `quote` makes needless from `text`, leaving its first `prefix` and last
// `suffix` bytes (the delimiters) as they are; also used on template literal chunks.
std::string ReplaceJsEscapes(std::string_view text, char quote, size_t prefix, size_t suffix);

std::string MinifyJsRegExp(std::string_view literal);

// A numeric literal of the given kind in its shortest form.
std::string MinifyJsNumber(JsLit lit, std::string_view literal);

// Whether `s` is an IdentifierName ("a1", "$x") and whether it is a decimal literal upstream
// would write unquoted ("12", "1.5"; not "012").
bool IsJsIdentifierName(std::string_view s);
bool IsJsDecimalLiteral(std::string_view s);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_LITERALS_H_
