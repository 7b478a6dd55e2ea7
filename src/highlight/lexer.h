// Lexer: turns source text into a stream of typed tokens, as a Chroma 2.5.0 lexer does.
//
// Implementations (RegexLexer, DelegatingLexer, TypeRemappingLexer) are immutable once built
// (a RegexLexer compiles its rules once, on first use, under std::call_once) and may be
// shared by any number of threads. Lexers are owned by a Registry and refer to each other
// (`using`) through it, so they live as long as their Registry.
#ifndef KILN_HIGHLIGHT_LEXER_H_
#define KILN_HIGHLIGHT_LEXER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "highlight/grammar.h"
#include "highlight/regex.h"
#include "highlight/token_type.h"

namespace kiln::highlight {

struct Token {
  TokenType type;
  std::string value;

  bool operator==(const Token&) const = default;
};

struct TokeniseOptions {
  std::string_view state = "root";  // initial state
  bool nested = false;              // lexing part of another lexer's input (no ensure_nl)
  bool ensure_lf = true;            // turn \r\n and \r into \n first
};

// Per-call working memory: match buffers and a recursion budget for nested lexers.
struct TokeniseContext {
  MatchScratch scratch;
  int depth = 0;
};

class Lexer {
 public:
  virtual ~Lexer() = default;
  virtual const LexerConfig& config() const = 0;
  // Appends the tokens of `text` (valid UTF-8) to `out`, not coalesced: empty tokens and
  // runs of one type may occur, as in Chroma's raw token stream.
  virtual Status TokeniseInto(std::string_view text, const TokeniseOptions& options,
                              TokeniseContext& context, std::vector<Token>& out) const = 0;
  // Chroma's content analysis: how likely (0..1) `text` is in this language.
  virtual float AnalyseText(std::string_view text) const { return 0; }
};

// Tokenises `code` the way Hugo does (default options), then coalesces: drops empty tokens
// and merges adjacent tokens of one type (Chroma's Coalesce). Invalid UTF-8 becomes U+FFFD.
StatusOr<std::vector<Token>> Tokenise(const Lexer& lexer, std::string_view code);
StatusOr<std::vector<Token>> Tokenise(const Lexer& lexer, std::string_view code,
                                      const TokeniseOptions& options);

// Chroma's Coalesce over a finished stream.
std::vector<Token> CoalesceTokens(std::vector<Token> tokens);
// Replaces each invalid UTF-8 sequence by U+FFFD, as Go's []rune conversion does.
std::string SanitizeUtf8(std::string_view text);
// Length in bytes of the UTF-8 sequence starting at text[pos] (valid UTF-8 assumed).
size_t Utf8Length(std::string_view text, size_t pos);

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_LEXER_H_
