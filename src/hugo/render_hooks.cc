#include "hugo/render_hooks.h"

#include <array>
#include <cstdlib>

#include "base/strings.h"
#include "hugo/layout_lookup.h"
#include "hugo/output_format.h"
#include "hugo/template_store.h"

namespace kiln::hugo {
namespace {

Value Str(std::string_view s) { return Value::String(std::string(s)); }

// The keys of a code fence's `{…}` that Hugo hands the hook as .Options (highlighting
// options) rather than .Attributes; compared case-insensitively, kept as written.
bool IsHighlightOption(std::string_view key) {
  static constexpr std::array<std::string_view, 12> kOptions = {
      "linenos",       "linenostart", "hl_lines",           "hl_inline",
      "anchorlinenos", "lineanchors", "linenumbersintable", "style",
      "noclasses",     "tabwidth",    "guesssyntax",        "codefences"};
  for (std::string_view o : kOptions) {
    if (EqualsIgnoreAsciiCase(o, key)) return true;
  }
  return false;
}

// A goldmark attribute value: a quoted string, true/false, a number (float64 in Hugo) or else
// the bare word.
Value AttributeValue(std::string_view text, bool quoted) {
  if (quoted) return Str(text);
  if (text == "true" || text == "false") return Value::Bool(text == "true");
  if (!text.empty()) {
    std::string s(text);
    char* end = nullptr;
    double d = std::strtod(s.c_str(), &end);
    if (end == s.c_str() + s.size() && (std::isdigit(static_cast<unsigned char>(s[0])) ||
                                        s[0] == '-' || s[0] == '+' || s[0] == '.')) {
      return Value::Float(d);
    }
  }
  return Str(text);
}

struct FenceAttributes {
  ValueMap options;
  ValueMap attributes;
};

// Parses the `{…}` of an info string: `.cls` and `#id` shorthands, key=value pairs separated
// by spaces or commas, values quoted or bare. Classes accumulate, space-separated.
FenceAttributes ParseFenceAttributes(std::string_view info) {
  FenceAttributes out;
  size_t open = info.find('{');
  size_t close = info.rfind('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return out;
  }
  std::string_view text = info.substr(open + 1, close - open - 1);
  size_t i = 0;
  auto bare_end = [&](size_t from) {
    while (from < text.size() && text[from] != ' ' && text[from] != '\t' && text[from] != ',') {
      ++from;
    }
    return from;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == ',') {
      ++i;
      continue;
    }
    if (c == '.' || c == '#') {
      size_t end = bare_end(i + 1);
      std::string_view name = text.substr(i + 1, end - i - 1);
      i = end;
      if (c == '#') {
        out.attributes["id"] = Str(name);
        continue;
      }
      auto it = out.attributes.find("class");
      if (it == out.attributes.end()) {
        out.attributes["class"] = Str(name);
      } else {
        it->second = Str(it->second.AsString() + " " + std::string(name));
      }
      continue;
    }
    size_t eq = text.find('=', i);
    size_t word_end = bare_end(i);
    if (eq == std::string_view::npos || eq > word_end) {
      i = word_end;  // a word without a value: goldmark rejects it; skip it
      continue;
    }
    std::string key(text.substr(i, eq - i));
    i = eq + 1;
    Value value;
    if (i < text.size() && text[i] == '"') {
      std::string s;
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        s.push_back(text[i]);
      }
      ++i;
      value = AttributeValue(s, true);
    } else {
      size_t end = bare_end(i);
      value = AttributeValue(text.substr(i, end - i), false);
      i = end;
    }
    (IsHighlightOption(key) ? out.options : out.attributes)[key] = std::move(value);
  }
  return out;
}

}  // namespace

RenderHookTemplates::RenderHookTemplates(const TemplateStore* store)
    : store_(store), empty_(!store->HasNameContaining("_markup/render-")) {}

std::optional<HookTemplate> RenderHookTemplates::Find(const Page& page, std::string_view hook,
                                                      std::string_view code_lang) const {
  static const OutputFormat& kHtml = *FindBuiltinOutputFormat("html");
  const LayoutDescriptor d = DescriptorForPage(page, "en", page.taxonomy);
  for (const std::string& name : RenderHookCandidates(d, hook, code_lang, kHtml)) {
    if (std::optional<ResolvedTemplate> t = store_->Find(name)) {
      return HookTemplate{t->set, std::move(t->name)};
    }
  }
  return std::nullopt;
}

PageRenderHooks::PageRenderHooks(const RenderHookTemplates* templates, const Page& page,
                                 Value page_value, const markdown::CodeBlockRenderer* code)
    : templates_(templates != nullptr && !templates->empty() ? templates : nullptr),
      page_(page),
      page_value_(std::move(page_value)),
      code_(code) {
  if (templates_ == nullptr) return;
  link_ = templates_->Find(page, "link");
  image_ = templates_->Find(page, "image");
  heading_ = templates_->Find(page, "heading");
  has_inline_hooks_ = link_ || image_ || heading_;
}

bool PageRenderHooks::Execute(const std::optional<HookTemplate>& hook, const Value& context,
                              std::string* out) const {
  if (!hook.has_value()) return false;
  if (!status_.ok()) return true;  // the page has failed already; its output is not used
  Status s = hook->set->Execute(hook->name, context, out);
  if (!s.ok()) {
    status_ = Status(s.code(), s.message() + "\n(rendering hook " + hook->name + ")");
  }
  return true;
}

// What link and image hooks share (Hugo's linkContext).
ValueMap PageRenderHooks::LinkMembers(const markdown::LinkContext& link) const {
  return ValueMap{{"Destination", Str(link.destination)},
                  {"Title", Str(link.title)},
                  {"Text", Str(link.text)},
                  {"PlainText", Str(link.plain_text)},
                  {"Attributes", Value::Map({})},
                  {"Page", page_value_}};
}

bool PageRenderHooks::RenderLink(const markdown::LinkContext& link, std::string* out) const {
  if (!link_.has_value()) return false;
  return Execute(link_, Value::Map(LinkMembers(link)), out);
}

bool PageRenderHooks::RenderImage(const markdown::LinkContext& image, std::string* out) const {
  if (!image_.has_value()) return false;
  ValueMap members = LinkMembers(image);
  members["Ordinal"] = Value::Int(image.ordinal);
  members["IsBlock"] = Value::Bool(image.is_block);
  return Execute(image_, Value::Map(std::move(members)), out);
}

bool PageRenderHooks::RenderHeading(const markdown::HeadingContext& heading,
                                    std::string* out) const {
  if (!heading_.has_value()) return false;
  ValueMap attributes;
  if (heading.attributes != nullptr) {
    for (const auto& [name, value] : *heading.attributes) attributes[name] = Str(value);
  }
  if (!heading.anchor.empty()) attributes["id"] = Str(heading.anchor);
  Value context = Value::Map({{"Level", Value::Int(heading.level)},
                              {"Anchor", Str(heading.anchor)},
                              {"Text", Str(heading.text)},
                              {"PlainText", Str(heading.plain_text)},
                              {"Attributes", Value::Map(std::move(attributes))},
                              {"Page", page_value_}});
  return Execute(heading_, context, out);
}

void PageRenderHooks::Render(const markdown::CodeBlock& block, std::string* out) const {
  std::optional<HookTemplate> hook = templates_->Find(page_, "codeblock", block.language);
  if (!hook.has_value()) {
    code_->Render(block, out);
    return;
  }
  FenceAttributes attrs = ParseFenceAttributes(block.info);
  // Hugo hands the hook the code without its trailing newlines.
  std::string_view inner = block.code;
  while (!inner.empty() && inner.back() == '\n') inner.remove_suffix(1);
  const markdown::SourcePosition at = markdown::FencePosition(block);
  Value position = Value::Map({{"Filename", Str(page_.file.filesystem_path)},
                               {"LineNumber", Value::Int(at.line + page_.raw_content_line_offset)},
                               {"ColumnNumber", Value::Int(at.column)}});
  Value context = Value::Map({{"Type", Str(block.language)},
                              {"Inner", Str(inner)},
                              {"Options", Value::Map(std::move(attrs.options))},
                              {"Attributes", Value::Map(std::move(attrs.attributes))},
                              {"Ordinal", Value::Int(block.ordinal)},
                              {"Position", std::move(position)},
                              {"Page", page_value_}});
  Execute(hook, context, out);
}

}  // namespace kiln::hugo
