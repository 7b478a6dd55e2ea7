// Decoders for the data formats Hugo reads: TOML, YAML and JSON, for config files, front
// matter and data files. Each turns a whole document into a Value the way Hugo's decoders
// do, so templates see the same types:
//
//   TOML: tables → Map, arrays → List, integers → Int, floats → Float; an offset date-time
//         → Time (zone "UTC" for Z, a bare numeric zone otherwise); local dates, date-times
//         and times keep their TOML text as a String (Hugo keeps them zone-less until the
//         front-matter date rules apply the site's time zone).
//   YAML: YAML 1.1 scalar resolution as Hugo's YAML library does it (yes/no/on/off/y/n are
//         booleans, 0x/0o/0b/leading-0 integers, `_` separators, .inf/.nan), timestamps stay
//         strings, `<<` merge keys, non-string keys turned into their printed form, only the
//         first document of a stream.
//   JSON: every number is a Float (Go's float64).
//
// An empty document decodes to an empty Map. Errors name file:line:col and carry the
// offending line. The functions are pure and thread-safe.
#ifndef KILN_VALUE_DECODE_H_
#define KILN_VALUE_DECODE_H_

#include <optional>
#include <string_view>

#include "base/status.h"
#include "value/value.h"

namespace kiln {

enum class DataFormat { kToml, kYaml, kJson };

// "toml", "yaml", "json".
const char* DataFormatName(DataFormat format);

// ".toml" / ".yaml" / ".yml" / ".json" (case-insensitive, with or without the dot) → format;
// anything else nullopt.
std::optional<DataFormat> DataFormatFromExtension(std::string_view ext);

// Decodes `text`. `file` names the source in errors; `first_line` is the line of `file`
// where `text` starts (1 for a whole file; for front matter, the line after the delimiter).
StatusOr<Value> DecodeData(DataFormat format, std::string_view text, std::string_view file,
                           int first_line = 1);

// The per-format decoders behind DecodeData, with the same contract.
StatusOr<Value> DecodeToml(std::string_view text, std::string_view file, int first_line);
StatusOr<Value> DecodeYaml(std::string_view text, std::string_view file, int first_line);
StatusOr<Value> DecodeJson(std::string_view text, std::string_view file, int first_line);

// The error all decoders return: "invalid <FORMAT>: <message>" at file:line:col of the
// document, where `line` and `column` count from 1 within `text`.
Status DecodeError(DataFormat format, std::string_view message, std::string_view text,
                   std::string_view file, int first_line, int line, int column);
// The same with the whole message given.
Status DecodeErrorAt(std::string message, std::string_view text, std::string_view file,
                     int first_line, int line, int column);

}  // namespace kiln

#endif  // KILN_VALUE_DECODE_H_
