// RegexLexer: Chroma's state-machine lexer. Each state is an ordered list of rules; the
// first rule whose pattern matches at the current position emits tokens and may push or
// pop states. Input no rule matches becomes one-character Error tokens, so lexing always
// terminates.
//
// The grammar is compiled once, on first use (std::call_once): includes and combined states
// are flattened and every pattern is compiled to a PCRE2 JIT program. After that the lexer is
// immutable and thread-safe. `using` emitters look lexers up in the owning Registry, which
// must outlive the lexer.
#ifndef KILN_HIGHLIGHT_REGEX_LEXER_H_
#define KILN_HIGHLIGHT_REGEX_LEXER_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "highlight/grammar.h"
#include "highlight/lexer.h"
#include "highlight/regex.h"

namespace kiln::highlight {

class Registry;

using GrammarSource = std::function<StatusOr<GrammarDef>()>;
using Analyser = std::function<float(std::string_view)>;

class RegexLexer : public Lexer {
 public:
  // `source` is called once, on first use, to fetch the rules; `config` is the lexer's
  // metadata (it overrides the config inside the fetched grammar).
  RegexLexer(LexerConfig config, GrammarSource source, const Registry* registry,
             Analyser analyser = nullptr);
  ~RegexLexer() override;

  const LexerConfig& config() const override { return config_; }
  Status TokeniseInto(std::string_view text, const TokeniseOptions& options,
                      TokeniseContext& context, std::vector<Token>& out) const override;
  float AnalyseText(std::string_view text) const override {
    return analyser_ ? analyser_(text) : 0;
  }
  // Compiles the rules now (normally deferred to the first TokeniseInto).
  Status Compile() const;

  struct Compiled;  // the flattened, compiled state machine

 private:
  LexerConfig config_;
  GrammarSource source_;
  const Registry* registry_;
  Analyser analyser_;
  mutable std::once_flag once_;
  mutable Status compile_status_;
  mutable std::unique_ptr<Compiled> compiled_;
};

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_REGEX_LEXER_H_
