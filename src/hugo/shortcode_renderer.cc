#include "hugo/shortcode_renderer.h"

#include <map>
#include <memory>

#include "base/source_text.h"
#include "hugo/funcs/emoji.h"
#include "hugo/shortcode_object.h"
#include "hugo/shortcode_refs.h"
#include "hugo/shortcode_templates.h"

namespace kiln::hugo {
namespace {

constexpr std::string_view kPlaceholderPrefix = "HAHAHUGOSHORTCODE";
constexpr std::string_view kPlaceholderEnd = "HBHB";

// Markdown wraps a one-line inner text in a paragraph; Hugo unwraps it.
std::string UnwrapLoneParagraph(std::string html) {
  if (html.size() >= 8 && html.starts_with("<p>") && html.ends_with("</p>\n") &&
      html.find('\n') == html.size() - 1) {
    return html.substr(3, html.size() - 8);
  }
  return html;
}

// Every line after the first gets `indentation` in front, so a multi-line output keeps the
// call's indentation (inside a list item, say).
std::string Reindent(std::string_view out, std::string_view indentation) {
  std::string result;
  bool first = true;
  while (!out.empty()) {
    size_t nl = out.find('\n');
    size_t n = nl == std::string_view::npos ? out.size() : nl + 1;
    if (!first) result.append(indentation);
    first = false;
    result.append(out.substr(0, n));
    out.remove_prefix(n);
  }
  return result;
}

}  // namespace

StatusOr<ShortcodeDocument> ParsePageShortcodes(const Page& page,
                                                const ShortcodeTemplates& templates) {
  ShortcodeDocument doc;
  ShortcodeParseError error;
  auto query = [&](std::string_view name) { return templates.TakesInner(name); };
  if (ParseShortcodes(page.raw_content, query, &doc, &error)) return doc;
  std::string file = "content/" + page.file.path;
  // Hugo points its lexer's errors at the start of the file.
  SourceLocation at = error.offset ? LocateOffset(file, page.raw_content, *error.offset,
                                                  page.raw_content_line_offset)
                                   : SourceLocation{file, 1, 1, ""};
  return InvalidArgumentError(error.message).At(std::move(at));
}

namespace {

void EmojifyParts(std::vector<ShortcodePart>* parts) {
  for (ShortcodePart& part : *parts) {
    if (part.call) {
      EmojifyParts(&part.call->inner);
    } else {
      part.text = funcs::EmojifyContent(part.text);
    }
  }
}

}  // namespace

void EmojifyShortcodeText(ShortcodeDocument* doc) { EmojifyParts(&doc->parts); }

std::string ShortcodePlaceholder(int ordinal) {
  return std::string(kPlaceholderPrefix) + "s" + std::to_string(ordinal) +
         std::string(kPlaceholderEnd);
}

ShortcodeRenderer::ShortcodeRenderer(const ShortcodeDocument* doc, ShortcodeContext context)
    : doc_(doc), context_(std::move(context)) {
  if (context_.templates != nullptr && context_.templates->inline_enabled()) {
    std::map<std::string, std::string, std::less<>> latest;
    CollectInlineTexts(doc_->parts, &latest);
  }
}

void ShortcodeRenderer::CollectInlineTexts(
    const std::vector<ShortcodePart>& parts,
    std::map<std::string, std::string, std::less<>>* latest) {
  for (const ShortcodePart& part : parts) {
    if (!part.call) continue;
    const Shortcode& call = *part.call;
    if (call.inline_template && !call.inner.empty()) {
      std::string text;
      for (const ShortcodePart& inner : call.inner) text += inner.text;
      (*latest)[call.name] = text;
      inline_texts_[&call] = std::move(text);
    } else if (call.inline_template) {
      if (auto it = latest->find(call.name); it != latest->end()) inline_texts_[&call] = it->second;
    }
    CollectInlineTexts(call.inner, latest);
  }
}

StatusOr<std::string> ShortcodeRenderer::Render(const Shortcode& call, const Value& parent) {
  std::optional<std::string> file;
  if (call.inline_template) {
    if (!context_.templates->inline_enabled()) return std::string();
    if (!inline_texts_.contains(&call)) {
      return NotFoundError("no earlier definition of shortcode \"" + call.name + "\" found");
    }
  } else {
    file = context_.templates->Lookup(call.name);
    if (!file) return std::string();
  }
  // Nested calls have no position of their own in Hugo: they point at the file's start.
  SourceLocation at = LocateOffset(context_.file, context_.body, call.level == 0 ? call.offset : 0,
                                   call.level == 0 ? context_.line_offset : 0);
  if (call.level > 0) at.line = at.column = 1;
  auto where = std::make_shared<ShortcodePosition>(context_.filesystem_path, at.line, at.column);
  std::string position = where->String();
  Value page = Value::FromObject(std::make_shared<ShortcodePageObject>(context_.page));
  RefResolver refs = [this, position](std::string_view ref, std::string_view format,
                                      bool relative) -> StatusOr<std::string> {
    if (context_.content == nullptr) return FailedPreconditionError("no pages to refer to");
    return RefLink(*context_.content, context_.source, ref, format, relative, context_.url_origin,
                   position);
  };
  auto object = std::make_shared<ShortcodeObject>(&call, parent, page, Value::FromObject(where),
                                                  std::move(refs));
  Value self = Value::FromObject(object);
  std::string out;
  if (call.inline_template) {
    RETURN_IF_ERROR(context_.templates->ExecuteInline(inline_texts_.at(&call), self, &out));
    return out;
  }
  if (!call.inner.empty()) {
    std::string inner;
    for (const ShortcodePart& part : call.inner) {
      if (!part.call) {
        inner += part.text;
        continue;
      }
      ASSIGN_OR_RETURN(std::string nested, Render(*part.call, self));
      inner += nested;
    }
    // Nested {{% %}} calls render their inner content as Markdown themselves.
    if (call.markup && call.level > 0) {
      ASSIGN_OR_RETURN(
          markdown::RenderedDocument doc,
          markdown::RenderMarkdown(inner, *context_.markdown, context_.code, context_.hooks));
      bool one_line = inner.find('\n') == std::string::npos;
      inner = one_line ? UnwrapLoneParagraph(std::move(doc.html)) : std::move(doc.html);
    }
    object->set_inner(std::move(inner));
  }
  RETURN_IF_ERROR(context_.templates->Execute(*file, self, &out));
  if (call.inner.empty() && !call.indentation.empty()) return Reindent(out, call.indentation);
  return out;
}

StatusOr<std::string> ShortcodeRenderer::RenderTopLevel(const Shortcode& call) {
  StatusOr<std::string> out = Render(call, Value());
  if (out.ok()) return out;
  // The position goes into the message: the template engine keeps only the message of an
  // error raised while a layout reads .Content.
  SourceLocation at = LocateOffset(context_.file, context_.body, call.offset, context_.line_offset);
  Status s = out.status();
  return Status(s.code(), at.file + ":" + std::to_string(at.line) + ":" +
                              std::to_string(at.column) + ": failed to render shortcode \"" +
                              call.name + "\": failed to process shortcode: " + s.ToString());
}

StatusOr<std::string> ShortcodeRenderer::MarkdownSource() {
  std::string source;
  for (const ShortcodePart& part : doc_->parts) {
    if (!part.call) {
      source += part.text;
    } else if (part.call->markup) {
      ASSIGN_OR_RETURN(std::string out, RenderTopLevel(*part.call));
      source += out;
    } else {
      source += ShortcodePlaceholder(part.call->ordinal);
    }
  }
  return source;
}

StatusOr<std::string> ShortcodeRenderer::ExpandPlaceholders(std::string html,
                                                            std::string_view toc) {
  std::map<std::string, const Shortcode*, std::less<>> calls;  // placeholder → call
  for (const ShortcodePart& part : doc_->parts) {
    if (part.call && !part.call->markup) {
      calls.emplace(ShortcodePlaceholder(part.call->ordinal), part.call.get());
    }
  }
  size_t start = 0;
  for (size_t k = html.find(kPlaceholderPrefix); k != std::string::npos;
       k = html.find(kPlaceholderPrefix, start)) {
    size_t j = k;
    size_t post = html.find(kPlaceholderEnd, j);
    if (post == std::string::npos) {
      return InternalError("illegal state in content; shortcode token missing end delim");
    }
    size_t end = post + kPlaceholderEnd.size();
    std::string key = html.substr(j, end - j);
    std::string value;
    if (key == kTocPlaceholder) {
      value = toc;
    } else {
      auto call = calls.find(key);
      if (call == calls.end()) return InternalError("unknown shortcode token \"" + key + "\"");
      ASSIGN_OR_RETURN(value, RenderTopLevel(*call->second));
    }
    // A placeholder alone in a paragraph replaces the paragraph. (Hugo compares the
    // placeholder's offset from the search start, not from the text's start, with the
    // length; so does this.)
    if (j >= 3 && html.compare(j - 3, 3, "<p>") == 0 && (k - start) + 4 < html.size() &&
        html.compare(end, 4, "</p>") == 0) {
      j -= 3;
      end += 4;
    }
    html.replace(j, end - j, value);
    start = j;
  }
  return html;
}

}  // namespace kiln::hugo
