// libFuzzer target: every lexer must terminate on any input without crashing, with output
// proportionate to its input, and the HTML layer must not crash on any options. Built outside
// CI by build_fuzzer.sh.
//
// Token text is not required to equal the input: Chroma's own grammars repeat text (bygroups
// over nested groups, Ruby's `%` strings) and drop some (Org Mode on invalid UTF-8), and kiln
// reproduces Chroma; such findings were checked token for token against Chroma 2.5.0.
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
  size_t joined = 0;
  for (const Token& t : *tokens) joined += t.value.size();
  if (joined > 8 * 3 * input.size() + 16) abort();  // 3: U+FFFD for each invalid byte

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
