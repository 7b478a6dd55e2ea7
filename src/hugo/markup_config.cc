#include "hugo/markup_config.h"

#include <string>

namespace kiln::hugo {
namespace {

// Keys the markdown module does not know belong to other parts of [markup].
Status Ignore(Status s) { return s.code() == StatusCode::kNotFound ? Status::Ok() : s; }

Status Apply(const Value& value, const std::string& key, markdown::MarkdownOptions* options) {
  switch (value.kind()) {
    case ValueKind::kMap:
      for (const auto& [name, child] : value.AsMap()) {
        RETURN_IF_ERROR(Apply(child, key.empty() ? name : key + "." + name, options));
      }
      return Status::Ok();
    case ValueKind::kBool:
      return Ignore(markdown::SetMarkdownOption(key, value.AsBool() ? "true" : "false", options));
    case ValueKind::kInt:
      return Ignore(markdown::SetMarkdownOption(key, std::to_string(value.AsInt()), options));
    case ValueKind::kString:
      return Ignore(markdown::SetMarkdownOption(key, value.AsString(), options));
    default:
      return Status::Ok();
  }
}

}  // namespace

Status ApplyMarkupConfig(const Value& markup, markdown::MarkdownOptions* options) {
  if (markup.kind() != ValueKind::kMap) return Status::Ok();
  return Apply(markup, "", options);
}

}  // namespace kiln::hugo
