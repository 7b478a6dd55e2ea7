// JSON → Value with nlohmann-json; its exceptions stop here, and a syntax error is told in
// Go's words (value/json_syntax.h).
#include <nlohmann/json.hpp>

#include "base/source_text.h"
#include "value/decode.h"
#include "value/json_syntax.h"

namespace kiln {

namespace {

Value FromJson(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
      return Value();
    case nlohmann::json::value_t::boolean:
      return Value::Bool(j.get<bool>());
    // Go's encoding/json gives float64 for every number in an interface{}.
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return Value::Float(j.get<double>());
    case nlohmann::json::value_t::string:
      return Value::String(j.get<std::string>());
    case nlohmann::json::value_t::array: {
      ValueList items;
      items.reserve(j.size());
      for (const auto& item : j) items.push_back(FromJson(item));
      return Value::List(std::move(items));
    }
    case nlohmann::json::value_t::object: {
      ValueMap entries;
      for (const auto& [key, item] : j.items()) entries.insert_or_assign(key, FromJson(item));
      return Value::Map(std::move(entries));
    }
    case nlohmann::json::value_t::binary:
      break;
  }
  return Value();
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; the location is reported separately, so keep only what follows.
std::string_view ShortMessage(std::string_view what) {
  size_t colon = what.find(": ");
  if (colon != std::string_view::npos &&
      what.substr(0, colon).find("parse error") != std::string_view::npos) {
    what.remove_prefix(colon + 2);
  }
  return what;
}

}  // namespace

StatusOr<Value> DecodeJson(std::string_view text, std::string_view file, int first_line) {
  try {
    return FromJson(nlohmann::json::parse(text));
  } catch (const nlohmann::json::parse_error& e) {
    // Where Go's encoding/json finds the error, it is told as hugo tells it.
    if (std::optional<JsonSyntaxError> go = FindJsonSyntaxError(text)) {
      SourceLocation at = LocateOffset(file, text, go->offset);
      return DecodeErrorAt("unmarshal failed: " + go->message, text, file, first_line, at.line,
                           at.column);
    }
    // `byte` is one past the offending character, counting from 1.
    SourceLocation at = LocateOffset(file, text, e.byte > 0 ? e.byte - 1 : 0);
    return DecodeError(DataFormat::kJson, ShortMessage(e.what()), text, file, first_line, at.line,
                       at.column);
  } catch (const nlohmann::json::exception& e) {
    return DecodeError(DataFormat::kJson, e.what(), text, file, first_line, 1, 1);
  }
}

}  // namespace kiln
