// The error text tdewolff/parse gives for malformed input, which hugo passes on: the message,
// "on line L and column C" (columns count runes), and the offending line (cut to 60 runes
// around the column, unprintable runes shown as "·") with a caret under the column.
//
// Pure function; thread-safe.
#ifndef KILN_MINIFY_PARSE_ERROR_H_
#define KILN_MINIFY_PARSE_ERROR_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::minify {

// An InvalidArgument status for `message` at byte `offset` of `input`.
Status ParseError(std::string_view input, size_t offset, std::string_view message);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_PARSE_ERROR_H_
