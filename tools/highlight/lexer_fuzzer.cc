// libFuzzer target: every lexer must terminate on any input with tokens covering its text, and
// the HTML layer must not crash on any options. Built outside CI by build_fuzzer.sh.
//
// Tokens may repeat text: a bygroups rule over nested groups emits each group, in Chroma too
// (Ruby's `%` strings do), so the check is that the input is a subsequence of the tokens'
// text and the output stays proportionate.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "highlight/highlight.h"
#include "highlight/lexer.h"
#include "highlight/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kiln::highlight;
  if (size < 2) return 0;
  const Registry& registry = Registry::Default();
  const auto& lexers = registry.lexers();
  const Lexer& lexer = *lexers[(data[0] | (data[1] << 8)) % lexers.size()];
  std::string input(reinterpret_cast<const char*>(data + 2), size - 2);

  kiln::StatusOr<std::vector<Token>> tokens = Tokenise(lexer, input);
  if (!tokens.ok()) abort();
  std::string joined;
  for (const Token& t : *tokens) joined += t.value;
  std::string want;
  std::string text = SanitizeUtf8(input);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      want += '\n';
    } else {
      want += text[i];
    }
  }
  size_t k = 0;
  for (size_t i = 0; i < joined.size() && k < want.size(); ++i) {
    if (joined[i] == want[k]) ++k;
  }
  // A lexer may drop an unconsumed final newline it added or found (ensure_nl).
  bool covered = k == want.size() || (k + 1 == want.size() && want.back() == '\n');
  if (!covered || joined.size() > 8 * want.size() + 16) abort();

  HighlightOptions options;
  options.line_nos = data[0] & 1;
  options.line_numbers_in_table = data[0] & 2;
  options.no_classes = data[0] & 4;
  options.hl_inline = data[0] & 8;
  options.anchor_line_nos = data[0] & 16;
  options.hl_lines = "1 3-4";
  if (!Highlight(input, lexer.config().name, options).ok()) abort();
  return 0;
}
