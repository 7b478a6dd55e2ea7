// Go's strconv.ParseBool: "1", "t", "T", "true", "TRUE", "True" are true; "0", "f", "F",
// "false", "FALSE", "False" are false; anything else is no boolean. Pure function; thread-safe.
#ifndef KILN_BASE_PARSE_BOOL_H_
#define KILN_BASE_PARSE_BOOL_H_

#include <optional>
#include <string_view>

namespace kiln {

std::optional<bool> ParseGoBool(std::string_view s);

}  // namespace kiln

#endif  // KILN_BASE_PARSE_BOOL_H_
