// The JSON minifier hugo 0.111.3 runs (tdewolff/minify 2.12.4 defaults): whitespace between
// tokens goes and numbers take their shortest spelling; strings and literals stay as written.
// Malformed JSON is an error with tdewolff's message, line and column.
//
// Pure function over borrowed input; thread-safe.
#ifndef KILN_MINIFY_JSON_MINIFIER_H_
#define KILN_MINIFY_JSON_MINIFIER_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::minify {

StatusOr<std::string> MinifyJson(std::string_view json);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JSON_MINIFIER_H_
