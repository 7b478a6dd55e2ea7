// Highlight: Hugo 0.111's syntax highlighting — the HTML of a highlighted code fence or of
// the `highlight` template function — on kiln's Chroma-compatible lexers and formatter.
//
// HighlightOptions mirrors [markup.highlight]; option strings and fence attributes are
// applied on top of the site's options with ApplyHighlightOption / ParseHighlightOptions.
// All functions are thread-safe (lexers and styles are shared, immutable).
#ifndef KILN_HIGHLIGHT_HIGHLIGHT_H_
#define KILN_HIGHLIGHT_HIGHLIGHT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "highlight/lexer.h"

namespace kiln::highlight {

// [markup.highlight], with Hugo's defaults.
struct HighlightOptions {
  std::string style = "monokai";
  bool no_classes = true;
  bool line_nos = false;
  bool line_numbers_in_table = true;
  std::string hl_lines;  // "2 4-5": lines counted from 1, shifted by line_no_start
  int line_no_start = 1;
  bool anchor_line_nos = false;
  std::string line_anchors;
  int tab_width = 4;
  bool hl_inline = false;
  bool no_hl = false;
  bool guess_syntax = false;
  bool code_fences = true;
};

// Sets one option by Hugo's key (case-insensitive: "lineNos", "linenos", "hl_Lines", ...)
// from its string form, with Hugo's weak typing: linenos=table|inline|true|false, booleans as
// true/false/1/0. Unknown keys are ignored, as Hugo does.
Status ApplyHighlightOption(HighlightOptions& options, std::string_view key,
                            std::string_view value);
// Applies an option string as the `highlight` function takes it:
// "linenos=table,hl_lines=2 4-5,linenostart=10".
Status ApplyHighlightOptionString(HighlightOptions& options, std::string_view option_string);

// One attribute of a code fence that is not a highlighting option ({.class id=x}); Hugo
// adds these to the wrapping <div class="highlight">.
struct CodeAttribute {
  std::string name;
  std::string value;
};

// The HTML Hugo produces for `code` in `language` (a name, alias or file extension; empty
// for none). Unknown languages yield the escaped code in a plain <pre><code>.
StatusOr<std::string> Highlight(std::string_view code, std::string_view language,
                                const HighlightOptions& options,
                                const std::vector<CodeAttribute>& attributes = {});

// The lexer Hugo would use for `language`, or nullptr (Chroma's lookup by name, alias,
// extension or file name).
const Lexer* FindLexer(std::string_view language);

// `hugo gen chromastyles --style=NAME`: the CSS for noClasses=false, with hugo's defaults for
// --highlightStyle and --linesStyle (style entries such as "bg:#ffffcc"; empty keeps the
// style's own). Error if the style is unknown or an entry is invalid.
StatusOr<std::string> GenerateChromaCss(std::string_view style,
                                        std::string_view highlight_style = "bg:#ffffcc",
                                        std::string_view lines_style = "");

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_HIGHLIGHT_H_
