#include "markdown/block_markup.h"

#include <string.h>

#include <utility>

namespace kiln::markdown {
namespace {

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = (s[i] >= 'A' && s[i] <= 'Z') ? static_cast<char>(s[i] | 0x20) : s[i];
    if (c != prefix[i]) return false;
  }
  return true;
}

// Whether only indentation and container marks (block quotes, list items) precede `at` on its
// line: there a tag may start an HTML block.
bool AtBlockStart(std::string_view source, size_t at) {
  for (size_t i = at; i > 0 && source[i - 1] != '\n'; --i) {
    if (strchr(" \t>-*+.)0123456789", source[i - 1]) == nullptr) return false;
  }
  return true;
}

// The first kind-1 end tag at or after `from`, as (offset, whether it is "</textarea>").
std::pair<size_t, bool> NextKindOneEnd(std::string_view source, size_t from) {
  for (size_t at = source.find("</", from); at != std::string_view::npos;
       at = source.find("</", at + 2)) {
    std::string_view rest = source.substr(at);
    if (StartsWithIgnoreCase(rest, "</textarea>")) return {at, true};
    if (StartsWithIgnoreCase(rest, "</pre>") || StartsWithIgnoreCase(rest, "</script>") ||
        StartsWithIgnoreCase(rest, "</style>")) {
      return {at, false};
    }
  }
  return {std::string_view::npos, false};
}

}  // namespace

std::optional<std::string> TextareaBlocksAsPre(std::string_view source) {
  constexpr std::string_view kOpen = "<textarea", kClose = "</textarea>";
  std::optional<std::string> out;
  for (size_t at = source.find('<'); at != std::string_view::npos; at = source.find('<', at + 1)) {
    std::string_view rest = source.substr(at);
    if (!StartsTextareaTag(rest)) continue;
    const char next = rest.size() > kOpen.size() ? rest[kOpen.size()] : '\n';
    if (!(next == ' ' || next == '\t' || next == '>' || next == '\n' || next == '\r') ||
        !AtBlockStart(source, at)) {
      continue;
    }
    if (!out.has_value()) out.emplace(source);
    out->replace(at, kOpen.size(), "<pre ----");
    auto [end, textarea] = NextKindOneEnd(source, at + kOpen.size());
    if (end == std::string_view::npos) break;
    if (textarea) out->replace(end, kClose.size(), "</pre>-----");
    at = end;
  }
  return out;
}

bool StartsTextareaTag(std::string_view s) { return StartsWithIgnoreCase(s, "<textarea"); }

const FixedTags* FixedBlockTags(MD_BLOCKTYPE type) {
  static constexpr FixedTags kQuote{"<blockquote>\n", "</blockquote>\n"}, kP{"<p>", "</p>\n"},
      kTable{"<table>\n", "</table>\n"}, kThead{"<thead>\n", "</thead>\n"},
      kTbody{"<tbody>\n", "</tbody>\n"}, kTr{"<tr>\n", "</tr>\n"};
  switch (type) {
    case MD_BLOCK_QUOTE: return &kQuote;
    case MD_BLOCK_P: return &kP;
    case MD_BLOCK_TABLE: return &kTable;
    case MD_BLOCK_THEAD: return &kThead;
    case MD_BLOCK_TBODY: return &kTbody;
    case MD_BLOCK_TR: return &kTr;
    default: return nullptr;
  }
}
const FixedTags* FixedSpanTags(MD_SPANTYPE type) {
  static constexpr FixedTags kEm{"<em>", "</em>"}, kStrong{"<strong>", "</strong>"},
      kDel{"<del>", "</del>"}, kCode{"<code>", "</code>"};
  switch (type) {
    case MD_SPAN_EM: return &kEm;
    case MD_SPAN_STRONG: return &kStrong;
    case MD_SPAN_DEL: return &kDel;
    case MD_SPAN_CODE: return &kCode;
    default: return nullptr;
  }
}

bool HtmlBlockHasClosure(std::string_view block) {
  std::string_view html = block;
  while (!html.empty() && (html.front() == ' ')) html.remove_prefix(1);
  size_t first_eol = html.find('\n');
  if (first_eol == std::string_view::npos || first_eol + 1 >= html.size()) return false;
  std::string_view last = html.substr(0, html.size() - (html.back() == '\n' ? 1 : 0));
  last = last.substr(last.rfind('\n') + 1);
  auto contains = [&](std::string_view needle) {
    for (size_t i = 0; i + needle.size() <= last.size(); ++i) {
      if (StartsWithIgnoreCase(last.substr(i), needle)) return true;
    }
    return false;
  };
  for (std::string_view tag : {"<script", "<pre", "<style", "<textarea"}) {
    if (StartsWithIgnoreCase(html, tag)) {
      char next = html.size() > tag.size() ? html[tag.size()] : '\n';
      if (next == ' ' || next == '>' || next == '\t' || next == '\n') {
        return contains("</script>") || contains("</pre>") || contains("</style>") ||
               contains("</textarea>");
      }
    }
  }
  if (html.substr(0, 4) == "<!--") return contains("-->");
  if (html.substr(0, 2) == "<?") return contains("?>");
  if (html.substr(0, 9) == "<![CDATA[") return contains("]]>");
  if (html.size() > 2 && html[0] == '<' && html[1] == '!' &&
      ((html[2] | 0x20) >= 'a' && (html[2] | 0x20) <= 'z')) {
    return contains(">");
  }
  return false;
}

}  // namespace kiln::markdown
