// The template lexer: splits template source into text, delimiters and the tokens inside
// actions, as text/template/parse's lexer does (trim markers `{{- ` and ` -}}`, comments,
// numbers, strings, character constants, fields, variables, keywords).
//
// Lex() runs over the whole input at once and returns the tokens, ending with kEOF or
// kError (whose message is Lexed::error). Tokens borrow from the input string, which must
// outlive them. Stateless; thread-safe.
#ifndef KILN_TEMPLATE_LEXER_H_
#define KILN_TEMPLATE_LEXER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::tmpl {

enum class Tok : uint8_t {
  kError,
  kBool,
  kChar,
  kCharConstant,
  kComment,
  kComplex,
  kAssign,
  kDeclare,
  kEOF,
  kField,
  kIdentifier,
  kLeftDelim,
  kLeftParen,
  kNumber,
  kPipe,
  kRawString,
  kRightDelim,
  kRightParen,
  kSpace,
  kString,
  kText,
  kVariable,
  // Keywords; everything after kKeyword prints as <word> in messages.
  kKeyword,
  kBlock,
  kBreak,
  kContinue,
  kDot,
  kDefine,
  kElse,
  kEnd,
  kIf,
  kNil,
  kRange,
  kTemplate,
  kWith,
};

struct Token {
  Tok type;
  size_t pos;
  int line;
  std::string_view val;  // empty for kError: the message is Lexed::error
};

struct Lexed {
  std::vector<Token> tokens;
  std::string error;  // the message of a trailing kError token
};

Lexed Lex(std::string_view input);

// How Go's parser names a token in "unexpected X in Y": "EOF", `<if>`, `"foo"`.
std::string TokenString(const Token& t);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_LEXER_H_
