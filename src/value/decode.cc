#include "value/decode.h"

#include <string>

#include "base/source_text.h"
#include "base/strings.h"

namespace kiln {

const char* DataFormatName(DataFormat format) {
  switch (format) {
    case DataFormat::kToml:
      return "toml";
    case DataFormat::kYaml:
      return "yaml";
    case DataFormat::kJson:
      return "json";
  }
  return "?";
}

std::optional<DataFormat> DataFormatFromExtension(std::string_view ext) {
  if (!ext.empty() && ext.front() == '.') ext.remove_prefix(1);
  std::string lower = AsciiLower(ext);
  if (lower == "toml") return DataFormat::kToml;
  if (lower == "yaml" || lower == "yml") return DataFormat::kYaml;
  if (lower == "json") return DataFormat::kJson;
  return std::nullopt;
}

StatusOr<Value> DecodeData(DataFormat format, std::string_view text, std::string_view file,
                           int first_line) {
  // Hugo decodes an empty document, in any format, to an empty map.
  if (text.empty()) return Value::Map({});
  switch (format) {
    case DataFormat::kToml:
      return DecodeToml(text, file, first_line);
    case DataFormat::kYaml:
      return DecodeYaml(text, file, first_line);
    case DataFormat::kJson:
      return DecodeJson(text, file, first_line);
  }
  return InternalError("unknown data format");
}

Status DecodeError(DataFormat format, std::string_view message, std::string_view text,
                   std::string_view file, int first_line, int line, int column) {
  std::string name = DataFormatName(format);
  for (char& c : name) c = static_cast<char>(c - 'a' + 'A');
  return DecodeErrorAt("invalid " + name + ": " + std::string(message), text, file, first_line,
                       line, column);
}

Status DecodeErrorAt(std::string message, std::string_view text, std::string_view file,
                     int first_line, int line, int column) {
  SourceLocation location = LocateLine(file, text, line, column);
  location.line += first_line - 1;
  return InvalidArgumentError(std::move(message)).At(std::move(location));
}

}  // namespace kiln
