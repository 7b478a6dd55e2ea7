// The first syntax error Go's encoding/json reports for a document, with its message as Go
// words it ("invalid character 'x' looking for beginning of value", "unexpected end of JSON
// input"), so kiln's JSON errors read as hugo's. Only syntax is checked: nlohmann-json
// decodes, this explains a failure. Pure function; thread-safe.
#ifndef KILN_VALUE_JSON_SYNTAX_H_
#define KILN_VALUE_JSON_SYNTAX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiln {

struct JsonSyntaxError {
  size_t offset;  // of the offending byte; the text's size when it ends too soon
  std::string message;
};

// nullopt when Go accepts `text` as one JSON value (with surrounding whitespace).
std::optional<JsonSyntaxError> FindJsonSyntaxError(std::string_view text);

// How Go's scanner quotes a byte in its messages: 'x', '\n', '\'', '\x01', '\u0085', 'Ã'
// (a byte of 0x80 and above taken as the code point of that value).
std::string GoQuoteByte(unsigned char c);

}  // namespace kiln

#endif  // KILN_VALUE_JSON_SYNTAX_H_
