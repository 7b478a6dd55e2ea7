#include "markdown/block_markup.h"

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

}  // namespace

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
