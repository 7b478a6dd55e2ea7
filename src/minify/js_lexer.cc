#include "minify/js_lexer.h"

#include <algorithm>
#include <iterator>

#include "base/utf8.h"

namespace kiln::minify {
namespace {

bool IsAsciiIdentifierStart(unsigned char c) {
  return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c == '$' || c == '_';
}
bool IsAsciiIdentifierPart(unsigned char c) {
  return IsAsciiIdentifierStart(c) || ('0' <= c && c <= '9');
}
bool IsDigit(unsigned char c) { return '0' <= c && c <= '9'; }
bool IsHexDigit(unsigned char c) {
  return IsDigit(c) || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F');
}

// Unicode space separators, no-break space and the byte order mark.
bool IsUnicodeSpace(char32_t r) {
  return r == 0xA0 || r == 0xFEFF || r == 0x1680 || (0x2000 <= r && r <= 0x200A) || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

// Reserved words and the contextual keywords the grammar looks at.
constexpr std::string_view kKeywords[] = {
    "as",         "async",    "await",   "break",      "case",      "catch",    "class",  "const",
    "continue",   "debugger", "default", "delete",     "do",        "else",     "enum",   "export",
    "extends",    "false",    "finally", "for",        "from",      "function", "get",    "if",
    "implements", "import",   "in",      "instanceof", "interface", "let",      "meta",   "new",
    "null",       "of",       "package", "private",    "protected", "public",   "return", "set",
    "static",     "super",    "switch",  "target",     "this",      "throw",    "true",   "try",
    "typeof",     "var",      "void",    "while",      "with",      "yield",
};

// kKeywords is sorted.
bool IsKeyword(std::string_view s) {
  return std::binary_search(std::begin(kKeywords), std::end(kKeywords), s);
}

}  // namespace

const char* JsTokenName(JsTokenType type) {
  switch (type) {
    case JsTokenType::kError:
      return "Error";
    case JsTokenType::kWhitespace:
      return "Whitespace";
    case JsTokenType::kLineTerminator:
      return "LineTerminator";
    case JsTokenType::kComment:
      return "Comment";
    case JsTokenType::kCommentLineTerminator:
      return "CommentLineTerminator";
    case JsTokenType::kIdentifier:
      return "Identifier";
    case JsTokenType::kPrivateIdentifier:
      return "PrivateIdentifier";
    case JsTokenType::kKeyword:
      return "Keyword";
    case JsTokenType::kPunctuator:
      return "Punctuator";
    case JsTokenType::kDecimal:
      return "Decimal";
    case JsTokenType::kBinary:
      return "Binary";
    case JsTokenType::kOctal:
      return "Octal";
    case JsTokenType::kHexadecimal:
      return "Hexadecimal";
    case JsTokenType::kBigInt:
      return "BigInt";
    case JsTokenType::kString:
      return "String";
    case JsTokenType::kTemplate:
      return "Template";
    case JsTokenType::kTemplateStart:
      return "TemplateStart";
    case JsTokenType::kTemplateMiddle:
      return "TemplateMiddle";
    case JsTokenType::kTemplateEnd:
      return "TemplateEnd";
    case JsTokenType::kRegExp:
      return "RegExp";
  }
  return "?";
}

JsToken JsLexer::Emit(JsTokenType type) {
  JsToken t{type, in_.substr(start_, pos_ - start_)};
  start_ = pos_;
  if (type != JsTokenType::kWhitespace && type != JsTokenType::kLineTerminator &&
      type != JsTokenType::kComment && type != JsTokenType::kCommentLineTerminator) {
    last_significant_ = t;
  }
  return t;
}

JsToken JsLexer::Fail(std::string message) {
  if (error_.empty()) {
    error_ = std::move(message);
    error_offset_ = pos_;
    error_token_start_ = start_;
  }
  return JsToken{};
}

JsToken JsLexer::Next() {
  if (!error_.empty()) return JsToken{};
  const bool after_line_terminator = prev_line_terminator_;
  prev_line_terminator_ = false;
  const bool after_numeric = prev_numeric_;
  prev_numeric_ = false;
  start_ = pos_;
  if (AtEnd()) return JsToken{};

  const unsigned char c = Peek(0);
  switch (c) {
    case ' ':
    case '\t':
    case '\v':
    case '\f':
      while (ConsumeWhitespace()) {
      }
      prev_line_terminator_ = after_line_terminator;
      return Emit(JsTokenType::kWhitespace);
    case '\n':
    case '\r':
      while (ConsumeLineTerminator()) {
      }
      prev_line_terminator_ = true;
      return Emit(JsTokenType::kLineTerminator);
    case '>':
    case '=':
    case '!':
    case '+':
    case '*':
    case '%':
    case '&':
    case '|':
    case '^':
    case '~':
    case '?': {
      JsTokenType type = ConsumeOperator();
      if (type == JsTokenType::kError)
        return Fail(std::string("unexpected ") + static_cast<char>(c));
      return Emit(type);
    }
    case ',':
    case ';':
    case ':':
    case '[':
    case ']':
      ++pos_;
      return Emit(JsTokenType::kPunctuator);
    case '(':
    case '{':
      ++level_;
      ++pos_;
      return Emit(JsTokenType::kPunctuator);
    case ')':
      --level_;
      ++pos_;
      return Emit(JsTokenType::kPunctuator);
    case '}':
      --level_;
      if (!template_levels_.empty() && level_ == template_levels_.back()) {
        JsTokenType type = ConsumeTemplate();
        if (type == JsTokenType::kError) return Fail("unterminated template literal");
        return Emit(type);
      }
      ++pos_;
      return Emit(JsTokenType::kPunctuator);
    case '/': {
      JsTokenType comment = ConsumeComment();
      if (comment != JsTokenType::kError) return Emit(comment);
      if (RegExpAllowed()) {
        if (!ConsumeRegExp()) return Fail("unexpected EOF or newline");
        return Emit(JsTokenType::kRegExp);
      }
      return Emit(ConsumeOperator());
    }
    case '\'':
    case '"':
      if (!ConsumeString()) return Fail("unterminated string literal");
      return Emit(JsTokenType::kString);
    case '<':
    case '-':
      if (ConsumeHtmlLikeComment(after_line_terminator)) return Emit(JsTokenType::kComment);
      return Emit(ConsumeOperator());
    case '`': {
      template_levels_.push_back(level_);
      JsTokenType type = ConsumeTemplate();
      if (type == JsTokenType::kError) return Fail("unterminated template literal");
      return Emit(type);
    }
    case '#':
      ++pos_;
      if (ConsumeIdentifier()) return Emit(JsTokenType::kPrivateIdentifier);
      return Fail("unexpected #");
    default:
      break;
  }
  if (IsDigit(c) || c == '.') {
    JsTokenType type = ConsumeNumber();
    if (type != JsTokenType::kError) {
      prev_numeric_ = true;
      return Emit(type);
    }
    if (!error_.empty()) return JsToken{};
    // A lone dot: a member access or a spread.
    pos_ = start_ + 1;
    if (Peek(0) == '.' && Peek(1) == '.') pos_ += 2;
    return Emit(JsTokenType::kPunctuator);
  }
  if (c >= 0x80) {
    if (ConsumeWhitespace()) {
      while (ConsumeWhitespace()) {
      }
      prev_line_terminator_ = after_line_terminator;
      return Emit(JsTokenType::kWhitespace);
    }
    if (ConsumeLineTerminator()) {
      while (ConsumeLineTerminator()) {
      }
      prev_line_terminator_ = true;
      return Emit(JsTokenType::kLineTerminator);
    }
  }
  if (ConsumeIdentifier()) {
    if (after_numeric) return Fail("unexpected identifier after number");
    return Emit(IsKeyword(in_.substr(start_, pos_ - start_)) ? JsTokenType::kKeyword
                                                             : JsTokenType::kIdentifier);
  }
  return Fail("unexpected " + std::string(1, static_cast<char>(c)));
}

JsToken JsLexer::RescanRegExp(size_t offset) {
  if (!error_.empty()) return JsToken{};
  pos_ = start_ = offset;
  prev_numeric_ = false;
  if (!ConsumeRegExp()) return Fail("unexpected EOF or newline");
  return Emit(JsTokenType::kRegExp);
}

bool JsLexer::ConsumeWhitespace() {
  unsigned char c = Peek(0);
  if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
    ++pos_;
    return true;
  }
  if (c >= 0xC0) {
    int width = 0;
    char32_t r = DecodeRune(in_, pos_, &width);
    if (IsUnicodeSpace(r)) {
      pos_ += static_cast<size_t>(width);
      return true;
    }
  }
  return false;
}

bool JsLexer::IsLineTerminator() const {
  unsigned char c = Peek(0);
  return c == '\n' || c == '\r' ||
         (c == 0xE2 && Peek(1) == 0x80 && (Peek(2) == 0xA8 || Peek(2) == 0xA9));
}

bool JsLexer::ConsumeLineTerminator() {
  unsigned char c = Peek(0);
  if (c == '\n') {
    ++pos_;
  } else if (c == '\r') {
    pos_ += Peek(1) == '\n' ? 2 : 1;
  } else if (IsLineTerminator()) {
    pos_ += 3;  // U+2028 or U+2029
  } else {
    return false;
  }
  return true;
}

bool JsLexer::ConsumeUnicodeEscape() {
  if (Peek(0) != '\\' || Peek(1) != 'u') return false;
  size_t mark = pos_;
  pos_ += 2;
  if (Peek(0) == '{') {
    ++pos_;
    size_t digits = 0;
    while (IsHexDigit(Peek(0))) ++pos_, ++digits;
    if (digits > 0 && Peek(0) == '}') {
      ++pos_;
      return true;
    }
    pos_ = mark;
    return false;
  }
  for (int i = 0; i < 4; ++i) {
    if (!IsHexDigit(Peek(0))) {
      pos_ = mark;
      return false;
    }
    ++pos_;
  }
  return true;
}

bool JsLexer::ConsumeIdentifier() {
  auto consume_char = [this](bool start) {
    unsigned char c = Peek(0);
    if (start ? IsAsciiIdentifierStart(c) : IsAsciiIdentifierPart(c)) {
      ++pos_;
      return true;
    }
    if (c >= 0x80) {
      int width = 0;
      char32_t r = DecodeRune(in_, pos_, &width);
      if (IsUnicodeSpace(r) || r == 0x2028 || r == 0x2029) return false;
      pos_ += static_cast<size_t>(std::max(width, 1));
      return true;
    }
    return ConsumeUnicodeEscape();
  };
  if (!consume_char(true)) return false;
  while (consume_char(false)) {
  }
  return true;
}

void JsLexer::ConsumeSingleLineComment() {
  while (!AtEnd() && !IsLineTerminator()) ++pos_;
}

bool JsLexer::ConsumeHtmlLikeComment(bool after_line_terminator) {
  if (Peek(0) == '<' && Peek(1) == '!' && Peek(2) == '-' && Peek(3) == '-') {
    pos_ += 4;
    ConsumeSingleLineComment();
    return true;
  }
  // "-->" only opens a comment at the start of a line.
  if (after_line_terminator && Peek(0) == '-' && Peek(1) == '-' && Peek(2) == '>') {
    pos_ += 3;
    ConsumeSingleLineComment();
    return true;
  }
  return false;
}

JsTokenType JsLexer::ConsumeComment() {
  if (Peek(1) == '/') {
    pos_ += 2;
    ConsumeSingleLineComment();
    return JsTokenType::kComment;
  }
  if (Peek(1) != '*') return JsTokenType::kError;
  pos_ += 2;
  JsTokenType type = JsTokenType::kComment;
  while (!AtEnd()) {
    if (Peek(0) == '*' && Peek(1) == '/') {
      pos_ += 2;
      break;
    }
    if (ConsumeLineTerminator()) {
      prev_line_terminator_ = true;
      type = JsTokenType::kCommentLineTerminator;
    } else {
      ++pos_;
    }
  }
  return type;
}

JsTokenType JsLexer::ConsumeOperator() {
  const unsigned char c = Peek(0);
  ++pos_;
  const unsigned char d = Peek(0);
  if (d == '=') {
    if (c == '?' || c == '~') return JsTokenType::kError;  // "?=" and "~=" are no operators
    ++pos_;
    if (Peek(0) == '=' && (c == '!' || c == '=')) ++pos_;  // !== ===
  } else if (d == c &&
             (c == '+' || c == '-' || c == '*' || c == '&' || c == '|' || c == '?' || c == '<')) {
    ++pos_;
    if (Peek(0) == '=' && c != '+' && c != '-') ++pos_;  // <<= **= &&= ||= ??=
  } else if (c == '?' && d == '.' && !IsDigit(Peek(1))) {
    ++pos_;  // ?.
  } else if (c == '=' && d == '>') {
    ++pos_;  // =>
  } else if (c == '>' && d == '>') {
    ++pos_;
    if (Peek(0) == '>') ++pos_;
    if (Peek(0) == '=') ++pos_;  // >> >>> >>= >>>=
  }
  return JsTokenType::kPunctuator;
}

JsTokenType JsLexer::ConsumeNumber() {
  auto digits = [this](auto is_digit) {
    // Digits with single "_" separators between them.
    while (true) {
      if (is_digit(Peek(0))) {
        ++pos_;
      } else if (Peek(0) == '_' && is_digit(Peek(1))) {
        pos_ += 2;
      } else {
        return;
      }
    }
  };
  const unsigned char first = Peek(0);
  if (first == '0') {
    ++pos_;
    unsigned char p = Peek(0);
    struct Radix {
      char lower;
      JsTokenType type;
      bool (*is_digit)(unsigned char);
      const char* error;
    };
    static constexpr Radix kRadixes[] = {
        {'x', JsTokenType::kHexadecimal, IsHexDigit, "invalid hexadecimal number"},
        {'b', JsTokenType::kBinary, [](unsigned char d) { return d == '0' || d == '1'; },
         "invalid binary number"},
        {'o', JsTokenType::kOctal, [](unsigned char d) { return '0' <= d && d <= '7'; },
         "invalid octal number"},
    };
    for (const Radix& radix : kRadixes) {
      if (p != radix.lower && p != radix.lower - ('a' - 'A')) continue;
      ++pos_;
      if (!radix.is_digit(Peek(0))) {
        Fail(radix.error);
        return JsTokenType::kError;
      }
      digits(radix.is_digit);
      return radix.type;
    }
    if (p == 'n') {
      ++pos_;
      return JsTokenType::kBigInt;
    }
    if (IsDigit(p)) {
      Fail("legacy octal numbers are not supported");
      return JsTokenType::kError;
    }
  } else if (first != '.') {
    digits(IsDigit);
  }
  unsigned char c = Peek(0);
  if (c == '.') {
    ++pos_;
    if (IsDigit(Peek(0))) {
      digits(IsDigit);
    } else if (first == '.') {
      pos_ = start_;
      return JsTokenType::kError;  // a dot or an ellipsis
    }
    c = Peek(0);
  } else if (c == 'n') {
    ++pos_;
    return JsTokenType::kBigInt;
  }
  if (c == 'e' || c == 'E') {
    ++pos_;
    if (Peek(0) == '+' || Peek(0) == '-') ++pos_;
    if (!IsDigit(Peek(0))) {
      Fail("invalid number");
      return JsTokenType::kError;
    }
    digits(IsDigit);
  }
  return JsTokenType::kDecimal;
}

bool JsLexer::ConsumeString() {
  const unsigned char delim = Peek(0);
  ++pos_;
  for (;;) {
    unsigned char c = Peek(0);
    if (AtEnd() || c == '\n' || c == '\r') return false;
    if (c == delim) {
      ++pos_;
      return true;
    }
    ++pos_;
    if (c == '\\' && !ConsumeLineTerminator() && (Peek(0) == delim || Peek(0) == '\\')) ++pos_;
  }
}

bool JsLexer::ConsumeRegExp() {
  ++pos_;
  bool in_class = false;
  for (;;) {
    unsigned char c = Peek(0);
    if (AtEnd() || IsLineTerminator()) return false;
    if (!in_class && c == '/') {
      ++pos_;
      break;
    }
    if (c == '[') in_class = true;
    if (c == ']') in_class = false;
    if (c == '\\') {
      ++pos_;
      if (AtEnd() || IsLineTerminator()) return false;
    }
    ++pos_;
  }
  while (IsAsciiIdentifierPart(Peek(0))) ++pos_;  // flags
  return true;
}

JsTokenType JsLexer::ConsumeTemplate() {
  const bool continuation = Peek(0) == '}';
  ++pos_;
  for (;;) {
    unsigned char c = Peek(0);
    if (AtEnd()) return JsTokenType::kError;
    if (c == '`') {
      template_levels_.pop_back();
      ++pos_;
      return continuation ? JsTokenType::kTemplateEnd : JsTokenType::kTemplate;
    }
    if (c == '$' && Peek(1) == '{') {
      ++level_;
      pos_ += 2;
      return continuation ? JsTokenType::kTemplateMiddle : JsTokenType::kTemplateStart;
    }
    pos_ += c == '\\' && !AtEnd(1) ? 2 : 1;
  }
}

bool JsLexer::RegExpAllowed() const {
  const JsToken& t = last_significant_;
  switch (t.type) {
    case JsTokenType::kError:  // start of input
      return true;
    case JsTokenType::kPunctuator:
      return t.text != ")" && t.text != "]" && t.text != "}" && t.text != "++" && t.text != "--";
    case JsTokenType::kKeyword:
      return t.text != "this" && t.text != "super" && t.text != "true" && t.text != "false" &&
             t.text != "null";
    case JsTokenType::kTemplateStart:
    case JsTokenType::kTemplateMiddle:
      return true;
    default:
      return false;
  }
}

}  // namespace kiln::minify
