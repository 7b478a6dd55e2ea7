// JsLexer: the first stage of the JavaScript minifier, splitting ECMAScript source into
// tokens the way hugo's minifier (tdewolff/minify 2.12.4) reads it: whitespace and line
// terminators as tokens of their own (line breaks matter to automatic semicolon
// insertion), comments (with whether they span a line break), identifiers and keywords,
// punctuators, numeric, string, template and regular-expression literals, and HTML-like
// "<!--" / "-->" comments. Whether a "/" starts a regular expression depends on grammar: the
// lexer guesses from the previous significant token, and the parser (js_parser.h) has it read
// a "/" again as a regular expression where an expression starts.
//
// Non-ASCII identifier characters are approximated: every code point that is not a space or
// line separator may appear in an identifier.
//
// Borrows its input for its lifetime; token text views point into it. Not thread-safe.
#ifndef KILN_MINIFY_JS_LEXER_H_
#define KILN_MINIFY_JS_LEXER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::minify {

enum class JsTokenType {
  kError,  // end of input, or a lexing error (see JsLexer::error)
  kWhitespace,
  kLineTerminator,
  kComment,
  kCommentLineTerminator,  // a /* */ comment spanning a line break
  kIdentifier,
  kPrivateIdentifier,  // #name
  kKeyword,
  kPunctuator,
  kDecimal,
  kBinary,
  kOctal,
  kHexadecimal,
  kBigInt,
  kString,
  kTemplate,        // `...` without substitutions
  kTemplateStart,   // `...${
  kTemplateMiddle,  // }...${
  kTemplateEnd,     // }...`
  kRegExp,
};

const char* JsTokenName(JsTokenType type);

struct JsToken {
  JsTokenType type = JsTokenType::kError;
  std::string_view text;
};

class JsLexer {
 public:
  explicit JsLexer(std::string_view input) : in_(input) {}

  JsToken Next();
  // Reads the input again from `offset` (where a "/" or "/=" punctuator started) as a regular
  // expression literal: the parser knows from the grammar what the lexer had to guess.
  JsToken RescanRegExp(size_t offset);
  // Empty until a lexing error; then "unterminated string literal" and the like, with the
  // byte offset where it happened.
  const std::string& error() const { return error_; }
  size_t error_offset() const { return error_offset_; }
  // Where the token that failed to lex starts.
  size_t error_token_start() const { return error_token_start_; }

 private:
  unsigned char Peek(size_t i) const {
    return pos_ + i < in_.size() ? static_cast<unsigned char>(in_[pos_ + i]) : 0;
  }
  bool AtEnd(size_t i = 0) const { return pos_ + i >= in_.size(); }
  JsToken Emit(JsTokenType type);
  JsToken Fail(std::string message);

  bool ConsumeWhitespace();
  bool ConsumeLineTerminator();
  bool IsLineTerminator() const;
  bool ConsumeUnicodeEscape();
  bool ConsumeIdentifier();
  void ConsumeSingleLineComment();
  bool ConsumeHtmlLikeComment(bool after_line_terminator);
  JsTokenType ConsumeComment();
  JsTokenType ConsumeOperator();
  JsTokenType ConsumeNumber();
  bool ConsumeString();
  bool ConsumeRegExp();
  JsTokenType ConsumeTemplate();
  bool RegExpAllowed() const;

  std::string_view in_;
  size_t pos_ = 0;
  size_t start_ = 0;
  bool prev_line_terminator_ = true;
  bool prev_numeric_ = false;
  int level_ = 0;                     // open ( and { (and template ${) nesting
  std::vector<int> template_levels_;  // the level each open template literal resumes at
  JsToken last_significant_;          // for the "/" decision
  std::string error_;
  size_t error_offset_ = 0;
  size_t error_token_start_ = 0;
};

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_LEXER_H_
