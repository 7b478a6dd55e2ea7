// The CSS tokenizer the minifier runs on: CSS Syntax Level 3 tokens as tdewolff/parse 2.6 (the
// version hugo 0.111.3 minifies with) cuts them, including its leniencies (IE "*" hacks pass
// through as delimiters, custom property names are their own token, comments are tokens).
//
// A CssLexer borrows its input for its lifetime; tokens are views into it. Not thread-safe; use
// one lexer per input.
#ifndef KILN_MINIFY_CSS_LEXER_H_
#define KILN_MINIFY_CSS_LEXER_H_

#include <cstddef>
#include <string_view>

namespace kiln::minify {

enum class CssToken {
  kError,  // end of input
  kIdent,
  kFunction,   // "rgb(" including the parenthesis
  kAtKeyword,  // "@media"
  kHash,       // "#abc"
  kString,
  kBadString,
  kUrl,  // "url(...)" whole
  kBadUrl,
  kDelim,  // any other single character
  kNumber,
  kPercentage,
  kDimension,
  kUnicodeRange,
  kIncludeMatch,    // ~=
  kDashMatch,       // |=
  kPrefixMatch,     // ^=
  kSuffixMatch,     // $=
  kSubstringMatch,  // *=
  kColumn,          // ||
  kWhitespace,
  kCdo,  // <!--
  kCdc,  // -->
  kColon,
  kSemicolon,
  kComma,
  kLeftBracket,
  kRightBracket,
  kLeftParenthesis,
  kRightParenthesis,
  kLeftBrace,
  kRightBrace,
  kComment,
  kCustomPropertyName,   // "--name"
  kCustomPropertyValue,  // the raw text after "--name:", made by the parser
};

// A cursor over the input that reads as zero past its end, the way the lexer's lookahead
// expects; at_end() tells a real NUL byte from the end.
class CssInput {
 public:
  explicit CssInput(std::string_view text) : text_(text) {}

  char Peek(size_t ahead) const {
    size_t at = pos_ + ahead;
    return at < text_.size() ? text_[at] : '\0';
  }
  unsigned char PeekByte(size_t ahead) const { return static_cast<unsigned char>(Peek(ahead)); }
  bool AtEnd() const { return pos_ >= text_.size(); }
  void Move(std::ptrdiff_t n) { pos_ += n; }
  size_t pos() const { return pos_; }
  void Rewind(size_t pos) { pos_ = pos; }
  // The text since the last Shift(), which starts the next lexeme.
  std::string_view Lexeme() const { return text_.substr(start_, pos_ - start_); }
  std::string_view Shift() {
    std::string_view lexeme = Lexeme();
    start_ = pos_;
    return lexeme;
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  size_t start_ = 0;
};

class CssLexer {
 public:
  explicit CssLexer(std::string_view text) : in_(text) {}

  // The next token and its text; kError with empty text at the end of input.
  CssToken Next(std::string_view* text);

  // The offset of the next unread byte.
  size_t offset() const { return in_.pos(); }
  // Steps the read position back or forward (the parser does so to point errors at a token).
  void Move(std::ptrdiff_t n) { in_.Move(n); }

 private:
  friend bool IsCssIdent(std::string_view text);
  friend bool IsCssUnquotedUrl(std::string_view text);

  // The type of the next token, consumed except for a kDelim's one byte.
  CssToken Scan();
  bool ConsumeByte(char c);
  bool ConsumeComment();
  bool ConsumeNewline();
  bool ConsumeWhitespace();
  bool ConsumeDigit();
  bool ConsumeHexDigit();
  bool ConsumeEscape();
  bool ConsumeIdentToken();
  // A name: one byte accepted by is_first (or an escape), then name bytes and escapes.
  bool ConsumeName(bool (*is_first)(unsigned char));
  bool ConsumeCustomVariableToken();
  bool ConsumeAtKeywordToken();
  bool ConsumeHashToken();
  bool ConsumeNumberToken();
  bool ConsumeUnicodeRangeToken();
  bool ConsumeColumnToken();
  bool ConsumeCdoToken();
  bool ConsumeCdcToken();
  CssToken ConsumeMatch();
  CssToken ConsumeBracket();
  CssToken ConsumeNumeric();
  CssToken ConsumeString();
  bool ConsumeUnquotedUrl();
  void ConsumeRemnantsBadUrl();
  CssToken ConsumeIdentlike();

  CssInput in_;
};

// Whether all of `text` is one identifier token.
bool IsCssIdent(std::string_view text);
// Whether all of `text` may stand unquoted inside url( ).
bool IsCssUnquotedUrl(std::string_view text);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_CSS_LEXER_H_
