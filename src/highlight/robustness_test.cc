// Every lexer compiles, and no lexer loops, crashes or loses text on hostile input: each
// registered lexer tokenises a fixed set of adversarial inputs, and the tokens must cover the
// input (after the normalisations Chroma applies). Tokens may repeat text — a bygroups rule
// over nested groups emits each group, in Chroma too — so coverage is as a subsequence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "highlight/lexer.h"
#include "highlight/regex_lexer.h"
#include "highlight/registry.h"

namespace kiln::highlight {
namespace {

// Inputs that stress state machines: unterminated constructs, deep nesting, odd bytes.
std::vector<std::string> AdversarialInputs() {
  std::vector<std::string> inputs = {
      "",
      "\n",
      "\r\n\r",
      "\"",
      "'''",
      "/*",
      "<!--",
      "<<EOF\n",
      "`${`${`",
      "\\",
      "\t \v\f",
      "#",
      "\xff\xfe\x00\x01",
      "\xe2\x82",  // truncated UTF-8
      "日本語 ünïcödé 🎉",
      "{{ {{ }} }}",
      "<?php echo 1; ?>",
      "<script>/*",
      "$((((",
  };
  std::string nested;
  for (int i = 0; i < 200; ++i) nested += "({[<\"'`";
  inputs.push_back(nested);
  std::string closers;
  for (int i = 0; i < 200; ++i) closers += ")}]>*/-->";
  inputs.push_back(closers);
  std::string all_bytes;
  for (int c = 1; c < 256; ++c) all_bytes += static_cast<char>(c);
  inputs.push_back(all_bytes);
  std::string lines;
  for (int i = 0; i < 100; ++i) lines += "a = \"b\" # c /* d */ 'e\n";
  inputs.push_back(lines);
  return inputs;
}

// What the tokens must concatenate to: Chroma's view of the text.
std::string Normalised(std::string_view input) {
  std::string text = SanitizeUtf8(input);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += '\n';
    } else {
      out += text[i];
    }
  }
  return out;
}

TEST(Robustness, EveryLexerCompiles) {
  int compiled = 0;
  for (const auto& lexer : Registry::Default().lexers()) {
    auto* regex_lexer = dynamic_cast<const RegexLexer*>(lexer.get());
    if (regex_lexer == nullptr) continue;
    Status status = regex_lexer->Compile();
    EXPECT_TRUE(status.ok()) << status.ToString();
    ++compiled;
  }
  EXPECT_GT(compiled, 190);
}

TEST(Robustness, AdversarialInputsTerminateAndKeepText) {
  std::vector<std::string> inputs = AdversarialInputs();
  for (const auto& lexer : Registry::Default().lexers()) {
    for (const std::string& input : inputs) {
      StatusOr<std::vector<Token>> tokens = Tokenise(*lexer, input);
      ASSERT_TRUE(tokens.ok()) << lexer->config().name << ": " << tokens.status().ToString();
      std::string joined;
      for (const Token& t : *tokens) joined += t.value;
      std::string want = Normalised(input);
      size_t k = 0;
      for (size_t i = 0; i < joined.size() && k < want.size(); ++i) {
        if (joined[i] == want[k]) ++k;
      }
      // A lexer may drop an unconsumed final newline (ensure_nl).
      if (k < want.size() && !(k + 1 == want.size() && want.ends_with('\n'))) {
        ADD_FAILURE() << lexer->config().name << " lost text of input of " << input.size()
                      << " bytes";
      }
      EXPECT_LE(joined.size(), 8 * want.size() + 16) << lexer->config().name;
    }
  }
}

}  // namespace
}  // namespace kiln::highlight
