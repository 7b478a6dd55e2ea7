#include <algorithm>

#include "markdown/html_escape.h"
#include "markdown/link_source.h"
#include "markdown/markdown.h"

namespace kiln::markdown {

SourcePosition FencePosition(const CodeBlock& block) {
  std::string_view before = block.document.substr(0, block.fence_offset);
  size_t bol = before.rfind('\n');
  bol = bol == std::string_view::npos ? 0 : bol + 1;
  SourcePosition p;
  p.line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
  p.column = static_cast<int>(before.size() - bol) + 1;
  return p;
}

void HugoCodeBlockRenderer::Render(const CodeBlock& block, std::string* out) const {
  if (block.language.empty()) {
    out->append("<pre tabindex=\"0\"><code>");
  } else {
    // Hugo writes the language as it appears in the source.
    out->append("<pre tabindex=\"0\"><code class=\"language-");
    out->append(block.language);
    out->append("\" data-lang=\"");
    out->append(block.language);
    out->append("\">");
  }
  // Hugo trims the trailing newlines, then ends a non-empty block with exactly one.
  std::string_view code = block.code;
  while (!code.empty() && code.back() == '\n') code.remove_suffix(1);
  AppendEscapedHtmlGo(code, out);
  if (!code.empty()) out->push_back('\n');
  out->append("</code></pre>");
}

void GoldmarkCodeBlockRenderer::Render(const CodeBlock& block, std::string* out) const {
  // goldmark's language is the info string up to its first space, braces included: Hugo's
  // "{attributes}" are read only where Hugo renders the block.
  const std::string_view language = block.info.substr(0, block.info.find(' '));
  if (language.empty()) {
    out->append("<pre><code>");
  } else {
    out->append("<pre><code class=\"language-");
    AppendEscapedHtml(ResolveEscapesAndEntities(language), out);
    out->append("\">");
  }
  AppendEscapedHtml(block.code, out);
  out->append("</code></pre>\n");
}

}  // namespace kiln::markdown
