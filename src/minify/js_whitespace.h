// StripJsWhitespace: the second stage of the JavaScript minifier, on tokens alone: comments
// go (except "/*!" notices, which hugo's minifier keeps), whitespace goes except a single
// space where two tokens would otherwise fuse ("var a", "a+ +b", "1 .toFixed"), and each run
// of line breaks becomes one "\n" so automatic semicolon insertion reads the script as
// before. It does not yet do what needs the parser (hugo's output also merges statements,
// shortens literals and renames locals), so its output is not hugo's; see
// testdata/minify/js/known_differences.txt.
//
// Pure function; thread-safe.
#ifndef KILN_MINIFY_JS_WHITESPACE_H_
#define KILN_MINIFY_JS_WHITESPACE_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::minify {

// Fails with the lexer's message ("unterminated string literal at byte 12") on a script that
// does not lex.
StatusOr<std::string> StripJsWhitespace(std::string_view js);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_WHITESPACE_H_
