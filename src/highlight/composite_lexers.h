// Lexers built from other lexers, as in Chroma:
//
// DelegatingLexer lexes text with a "language" lexer first; spans it marks as Other are
// re-lexed, concatenated, by a "root" lexer (e.g. HTML around PHP) and the results are
// spliced back together. TypeRemappingLexer rewrites token types of another lexer's output.
//
// Both borrow their inner lexers (owned by the same Registry), are immutable and thread-safe.
#ifndef KILN_HIGHLIGHT_COMPOSITE_LEXERS_H_
#define KILN_HIGHLIGHT_COMPOSITE_LEXERS_H_

#include <vector>

#include "highlight/lexer.h"

namespace kiln::highlight {

class DelegatingLexer : public Lexer {
 public:
  // Takes its config from `language` and, as in Chroma, its content analyser from `root`.
  DelegatingLexer(const Lexer* root, const Lexer* language) : root_(root), language_(language) {}

  const LexerConfig& config() const override { return language_->config(); }
  Status TokeniseInto(std::string_view text, const TokeniseOptions& options,
                      TokeniseContext& context, std::vector<Token>& out) const override;
  float AnalyseText(std::string_view text) const override { return root_->AnalyseText(text); }

 private:
  const Lexer* root_;
  const Lexer* language_;
};

struct TypeMapping {
  TokenType from;
  TokenType to;
  std::vector<std::string> words;  // only tokens with these values; empty: all
};

class TypeRemappingLexer : public Lexer {
 public:
  TypeRemappingLexer(const Lexer* lexer, LexerConfig config, std::vector<TypeMapping> mapping)
      : lexer_(lexer), config_(std::move(config)), mapping_(std::move(mapping)) {}

  const LexerConfig& config() const override { return config_; }
  Status TokeniseInto(std::string_view text, const TokeniseOptions& options,
                      TokeniseContext& context, std::vector<Token>& out) const override;

 private:
  const Lexer* lexer_;
  LexerConfig config_;
  std::vector<TypeMapping> mapping_;
};

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_COMPOSITE_LEXERS_H_
