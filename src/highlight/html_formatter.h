// HtmlFormatter: renders a token stream as HTML exactly as Chroma 2.5.0's html formatter does
// — inline styles or CSS classes, line spans, inline or table line numbers, highlighted
// line ranges, linkable line anchors — and writes the CSS for class mode.
//
// Options are plain values; FormatHtml and WriteCss are pure functions of their arguments and
// safe to call from any thread.
#ifndef KILN_HIGHLIGHT_HTML_FORMATTER_H_
#define KILN_HIGHLIGHT_HTML_FORMATTER_H_

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "highlight/lexer.h"
#include "highlight/style.h"

namespace kiln::highlight {

struct FormatterOptions {
  bool classes = false;      // CSS classes instead of inline styles
  bool all_classes = false;  // CSS for every token type, even unstyled ones
  std::string class_prefix;
  int tab_width = 8;
  bool line_numbers = false;
  bool line_numbers_in_table = false;
  bool linkable_line_numbers = false;
  std::string line_id_prefix;
  std::vector<std::pair<int, int>> highlight_ranges;  // inclusive line ranges
  int base_line_number = 1;
  bool inline_code = false;  // no per-line spans (Chroma's InlineCode / hugo's hl_inline)
  // The wrapper around the lines; `code` is false for the line-number column of a table.
  // Defaults to <pre STYLE><code> … </code></pre>.
  std::function<std::string(bool code, std::string_view style_attr)> pre_start;
  std::function<std::string(bool code)> pre_end;
};

// Appends the HTML for `tokens` to `out`.
void FormatHtml(const std::vector<Token>& tokens, const Style& style,
                const FormatterOptions& options, std::string& out);
// The CSS for class mode (Chroma's WriteCSS), as `hugo gen chromastyles` prints it.
std::string WriteCss(const Style& style, const FormatterOptions& options);
// Go's html.EscapeString: & ' < > " as entities.
void EscapeHtml(std::string_view text, std::string& out);

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_HTML_FORMATTER_H_
