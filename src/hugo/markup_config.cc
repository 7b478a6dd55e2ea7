#include "hugo/markup_config.h"

#include <optional>
#include <string>

namespace kiln::hugo {
namespace {

// Keys the markdown module does not know belong to other parts of [markup].
Status Ignore(Status s) { return s.code() == StatusCode::kNotFound ? Status::Ok() : s; }

// The text form of a scalar config value, as the option setters take it; nullopt for
// lists, maps and null.
std::optional<std::string> ScalarText(const Value& value) {
  switch (value.kind()) {
    case ValueKind::kBool:
      return value.AsBool() ? "true" : "false";
    case ValueKind::kInt:
      return std::to_string(value.AsInt());
    case ValueKind::kString:
      return value.AsString();
    default:
      return std::nullopt;
  }
}

Status Apply(const Value& value, const std::string& key, markdown::MarkdownOptions* options) {
  if (value.kind() == ValueKind::kMap) {
    for (const auto& [name, child] : value.AsMap()) {
      RETURN_IF_ERROR(Apply(child, key.empty() ? name : key + "." + name, options));
    }
    return Status::Ok();
  }
  std::optional<std::string> text = ScalarText(value);
  if (!text) return Status::Ok();
  return Ignore(markdown::SetMarkdownOption(key, *text, options));
}

}  // namespace

Status ApplyMarkupConfig(const Value& markup, markdown::MarkdownOptions* options) {
  if (markup.kind() != ValueKind::kMap) return Status::Ok();
  return Apply(markup, "", options);
}

Status ApplyHighlightConfig(const Value& markup, highlight::HighlightOptions* options) {
  if (markup.kind() != ValueKind::kMap) return Status::Ok();
  const Value* table = markup.Find("highlight");
  if (table == nullptr || table->kind() != ValueKind::kMap) return Status::Ok();
  for (const auto& [name, value] : table->AsMap()) {
    std::optional<std::string> text = ScalarText(value);
    if (!text) continue;
    Status s = highlight::ApplyHighlightOption(*options, name, *text);
    if (!s.ok()) return Status(s.code(), "markup.highlight: " + s.message());
  }
  return Status::Ok();
}

}  // namespace kiln::hugo
