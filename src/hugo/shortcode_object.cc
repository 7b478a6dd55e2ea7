#include "hugo/shortcode_object.h"

#include "base/strings.h"

namespace kiln::hugo {
namespace {

Value Html(std::string s) { return Value::String(std::move(s), SafeKind::kHTML); }

// Calls `visit` with each line of `text`, newline included.
template <typename Visit>
void VisitLines(std::string_view text, Visit visit) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    size_t n = nl == std::string_view::npos ? text.size() : nl + 1;
    visit(text.substr(0, n));
    text.remove_prefix(n);
  }
}

}  // namespace

const void* PageEqIdentity(const Object& object) {
  const auto* shortcode_page = dynamic_cast<const ShortcodePageObject*>(&object);
  return shortcode_page != nullptr ? shortcode_page->page().Identity() : object.Identity();
}

std::string ShortcodePosition::String() const {
  return "\"" + file_ + ":" + std::to_string(line_) + ":" + std::to_string(column_) + "\"";
}

StatusOr<Value> ShortcodePosition::Member(std::string_view name,
                                          std::span<const Value> args) const {
  if (name == "Filename") return Value::String(file_);
  if (name == "LineNumber") return Value::Int(line_);
  if (name == "ColumnNumber") return Value::Int(column_);
  if (name == "IsValid") return Value::Bool(line_ > 0);
  if (name == "String") return Value::String(String());
  return NotFoundError(std::string(name));
}

StatusOr<Value> ShortcodePageObject::Member(std::string_view name,
                                            std::span<const Value> args) const {
  // The members of Hugo's ContentProvider answer as for a page without content.
  if (name == "Content" || name == "Plain") return Value::String("");
  if (name == "Summary") return Html("");
  if (name == "PlainWords") return Value::List({});
  if (name == "Truncated") return Value::Bool(false);
  if (name == "WordCount" || name == "FuzzyWordCount" || name == "ReadingTime" || name == "Len") {
    return Value::Int(0);
  }
  if (name == "TableOfContents") return Html(kTocPlaceholder);
  return page_->Member(name, args);
}

Value ShortcodeObject::Get(std::span<const Value> args) const {
  if (args.size() != 1) return Value();
  const Value& params = call_->params;
  const Value& key = args[0];
  if (params.kind() == ValueKind::kList) {
    if (key.kind() != ValueKind::kInt) return Value();
    int64_t i = key.AsInt();
    const ValueList& list = params.AsList();
    if (i < 0 || i >= static_cast<int64_t>(list.size())) return Value::String("");
    return list[i];
  }
  if (params.kind() == ValueKind::kMap) {
    if (!key.is_string()) return Value();
    const Value* v = params.Find(key.AsString());
    return v != nullptr ? *v : Value::String("");
  }
  return Value();
}

// The arguments Hugo's ref and relref take: a path, a list (path, output format) or a map
// with "path" and "outputFormat".
StatusOr<Value> ShortcodeObject::Ref(std::span<const Value> args, bool relative) const {
  if (args.size() != 1) return InvalidArgumentError("wrong number of args: want 1");
  const Value& a = args[0];
  std::string path, format;
  auto text = [](const Value& v) { return v.is_string() ? v.AsString() : std::string(); };
  if (a.is_string()) {
    path = a.AsString();
  } else if (a.kind() == ValueKind::kList && !a.AsList().empty()) {
    path = text(a.AsList()[0]);
    if (a.AsList().size() > 1) format = text(a.AsList()[1]);
  } else if (a.kind() == ValueKind::kMap) {
    for (const auto& [k, v] : a.AsMap()) {
      if (EqualsIgnoreAsciiCase(k, "path")) path = text(v);
      if (EqualsIgnoreAsciiCase(k, "outputFormat")) format = text(v);
    }
  }
  ASSIGN_OR_RETURN(std::string link, refs_(path, format, relative));
  return Value::String(std::move(link));
}

std::string ShortcodeObject::InnerDeindent() const {
  const std::string& indent = call_->indentation;
  if (indent.empty()) return inner_;
  std::string out;
  VisitLines(inner_, [&](std::string_view line) {
    if (line.starts_with(indent)) line.remove_prefix(indent.size());
    out.append(line);
  });
  return out;
}

StatusOr<Value> ShortcodeObject::Member(std::string_view name, std::span<const Value> args) const {
  if (name == "Get") return Get(args);
  if (name == "Params") return call_->params.is_null() ? Value::List({}) : call_->params;
  if (name == "IsNamedParams") return Value::Bool(call_->params.kind() == ValueKind::kMap);
  if (name == "Inner") return Html(inner_);
  if (name == "InnerDeindent") return Html(InnerDeindent());
  if (name == "Parent") return parent_;
  if (name == "Ordinal") return Value::Int(call_->ordinal);
  if (name == "Name") return Value::String(call_->name);
  if (name == "Position") return position_;
  if (name == "Page") return page_;
  if (name == "Scratch") return scratch_;
  if (name == "Site") return page_.AsObject().Member("Site", {});
  if (name == "Ref" || name == "RelRef") return Ref(args, name == "RelRef");
  return NotFoundError(std::string(name));
}

}  // namespace kiln::hugo
