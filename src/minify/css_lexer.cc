#include "minify/css_lexer.h"

#include <utility>

namespace kiln::minify {
namespace {

bool IsNameStart(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool IsNameChar(unsigned char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-'; }

bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The byte length of the UTF-8 sequence led by a byte >= 0xC0, cut short where the input
// reads as zero (its end or a NUL), as the lexer's rune peek does.
size_t LeadRuneLength(const CssInput& in) {
  unsigned char c = in.PeekByte(0);
  if (c < 0xC0 || in.Peek(1) == '\0') return 1;
  if (c < 0xE0 || in.Peek(2) == '\0') return 2;
  if (c < 0xF0 || in.Peek(3) == '\0') return 3;
  return 4;
}

// "url" compared without case and with backslashes dropped (an escaped "u\rl" still counts).
bool IsUrlName(std::string_view name) {
  char folded[3];
  size_t n = 0;
  for (char c : name) {
    if (c == '\\') continue;
    if (n == 3) return false;
    folded[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  return n == 3 && folded[0] == 'u' && folded[1] == 'r' && folded[2] == 'l';
}

}  // namespace

CssToken CssLexer::Next(std::string_view* text) {
  CssToken t = Scan();
  // A lone byte; multi-byte characters never get here because identifiers take them.
  if (t == CssToken::kDelim) in_.Move(1);
  *text = in_.Shift();
  return t;
}

CssToken CssLexer::Scan() {
  CssToken t;
  switch (in_.Peek(0)) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
      in_.Move(1);
      while (ConsumeWhitespace()) {
      }
      return CssToken::kWhitespace;
    case ':':
      in_.Move(1);
      return CssToken::kColon;
    case ';':
      in_.Move(1);
      return CssToken::kSemicolon;
    case ',':
      in_.Move(1);
      return CssToken::kComma;
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
      return ConsumeBracket();
    case '#':
      if (ConsumeHashToken()) return CssToken::kHash;
      break;
    case '"':
    case '\'':
      return ConsumeString();
    case '.':
    case '+':
      if ((t = ConsumeNumeric()) != CssToken::kError) return t;
      break;
    case '-':
      if ((t = ConsumeNumeric()) != CssToken::kError) return t;
      if ((t = ConsumeIdentlike()) != CssToken::kError) return t;
      if (ConsumeCdcToken()) return CssToken::kCdc;
      if (ConsumeCustomVariableToken()) return CssToken::kCustomPropertyName;
      break;
    case '@':
      if (ConsumeAtKeywordToken()) return CssToken::kAtKeyword;
      break;
    case '$':
    case '*':
    case '^':
    case '~':
      if ((t = ConsumeMatch()) != CssToken::kError) return t;
      break;
    case '/':
      if (ConsumeComment()) return CssToken::kComment;
      break;
    case '<':
      if (ConsumeCdoToken()) return CssToken::kCdo;
      break;
    case '\\':
      if ((t = ConsumeIdentlike()) != CssToken::kError) return t;
      break;
    case 'u':
    case 'U':
      if (ConsumeUnicodeRangeToken()) return CssToken::kUnicodeRange;
      if ((t = ConsumeIdentlike()) != CssToken::kError) return t;
      break;
    case '|':
      if ((t = ConsumeMatch()) != CssToken::kError) return t;
      if (ConsumeColumnToken()) return CssToken::kColumn;
      break;
    case '\0':
      if (in_.AtEnd()) return CssToken::kError;
      break;
    default:
      if ((t = ConsumeNumeric()) != CssToken::kError) return t;
      if ((t = ConsumeIdentlike()) != CssToken::kError) return t;
      break;
  }
  return CssToken::kDelim;
}

bool CssLexer::ConsumeByte(char c) {
  if (in_.Peek(0) != c) return false;
  in_.Move(1);
  return true;
}

bool CssLexer::ConsumeComment() {
  if (in_.Peek(0) != '/' || in_.Peek(1) != '*') return false;
  in_.Move(2);
  while (!in_.AtEnd()) {
    if (in_.Peek(0) == '*' && in_.Peek(1) == '/') {
      in_.Move(2);
      return true;
    }
    in_.Move(1);
  }
  return true;  // an unclosed comment runs to the end
}

bool CssLexer::ConsumeNewline() {
  char c = in_.Peek(0);
  if (c == '\n' || c == '\f') {
    in_.Move(1);
    return true;
  }
  if (c == '\r') {
    in_.Move(in_.Peek(1) == '\n' ? 2 : 1);
    return true;
  }
  return false;
}

bool CssLexer::ConsumeWhitespace() {
  char c = in_.Peek(0);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
    in_.Move(1);
    return true;
  }
  return false;
}

bool CssLexer::ConsumeDigit() {
  char c = in_.Peek(0);
  if (c >= '0' && c <= '9') {
    in_.Move(1);
    return true;
  }
  return false;
}

bool CssLexer::ConsumeHexDigit() {
  if (!IsHexDigit(in_.Peek(0))) return false;
  in_.Move(1);
  return true;
}

bool CssLexer::ConsumeEscape() {
  if (in_.Peek(0) != '\\') return false;
  size_t mark = in_.pos();
  in_.Move(1);
  if (ConsumeNewline()) {
    in_.Rewind(mark);
    return false;
  }
  if (ConsumeHexDigit()) {
    for (int k = 1; k < 6 && ConsumeHexDigit(); ++k) {
    }
    ConsumeWhitespace();
    return true;
  }
  if (in_.PeekByte(0) >= 0xC0) {
    in_.Move(LeadRuneLength(in_));
    return true;
  }
  if (in_.AtEnd()) {
    in_.Rewind(mark);
    return false;
  }
  in_.Move(1);
  return true;
}

bool CssLexer::ConsumeIdentToken() {
  size_t mark = in_.pos();
  if (in_.Peek(0) == '-') in_.Move(1);
  if (!ConsumeName(IsNameStart)) {
    in_.Rewind(mark);
    return false;
  }
  return true;
}

bool CssLexer::ConsumeName(bool (*is_first)(unsigned char)) {
  if (is_first(in_.PeekByte(0))) {
    in_.Move(1);
  } else if (in_.Peek(0) != '\\' || !ConsumeEscape()) {
    return false;
  }
  while (true) {
    if (IsNameChar(in_.PeekByte(0))) {
      in_.Move(1);
    } else if (in_.Peek(0) != '\\' || !ConsumeEscape()) {
      return true;
    }
  }
}

bool CssLexer::ConsumeCustomVariableToken() {
  // On a '-': a custom property name is "--" and then an identifier's tail.
  in_.Move(1);
  if (in_.Peek(0) != '-' || !ConsumeIdentToken()) {
    in_.Move(-1);
    return false;
  }
  return true;
}

bool CssLexer::ConsumeAtKeywordToken() {
  in_.Move(1);
  if (!ConsumeIdentToken()) {
    in_.Move(-1);
    return false;
  }
  return true;
}

bool CssLexer::ConsumeHashToken() {
  size_t mark = in_.pos();
  in_.Move(1);
  if (!ConsumeName(IsNameChar)) {
    in_.Rewind(mark);
    return false;
  }
  return true;
}

bool CssLexer::ConsumeNumberToken() {
  size_t mark = in_.pos();
  if (in_.Peek(0) == '+' || in_.Peek(0) == '-') in_.Move(1);
  bool first_digit = ConsumeDigit();
  while (first_digit && ConsumeDigit()) {
  }
  if (in_.Peek(0) == '.') {
    in_.Move(1);
    if (ConsumeDigit()) {
      while (ConsumeDigit()) {
      }
    } else if (first_digit) {
      in_.Move(-1);  // the dot starts the next token
      return true;
    } else {
      in_.Rewind(mark);
      return false;
    }
  } else if (!first_digit) {
    in_.Rewind(mark);
    return false;
  }
  mark = in_.pos();
  if (in_.Peek(0) == 'e' || in_.Peek(0) == 'E') {
    in_.Move(1);
    if (in_.Peek(0) == '+' || in_.Peek(0) == '-') in_.Move(1);
    if (!ConsumeDigit()) {
      in_.Rewind(mark);  // the e starts a unit
      return true;
    }
    while (ConsumeDigit()) {
    }
  }
  return true;
}

bool CssLexer::ConsumeUnicodeRangeToken() {
  if ((in_.Peek(0) != 'u' && in_.Peek(0) != 'U') || in_.Peek(1) != '+') return false;
  size_t mark = in_.pos();
  in_.Move(2);
  int k = 0;
  while (ConsumeHexDigit()) ++k;
  if (ConsumeByte('-')) {
    if (k == 0 || k > 6 || !ConsumeHexDigit()) {
      in_.Rewind(mark);
      return false;
    }
    k = 1;
    while (ConsumeHexDigit()) ++k;
  } else if (ConsumeByte('?')) {
    ++k;
    while (ConsumeByte('?')) ++k;
  }
  if (k == 0 || k > 6) {
    in_.Rewind(mark);
    return false;
  }
  return true;
}

bool CssLexer::ConsumeColumnToken() {
  if (in_.Peek(0) == '|' && in_.Peek(1) == '|') {
    in_.Move(2);
    return true;
  }
  return false;
}

bool CssLexer::ConsumeCdoToken() {
  if (in_.Peek(0) == '<' && in_.Peek(1) == '!' && in_.Peek(2) == '-' && in_.Peek(3) == '-') {
    in_.Move(4);
    return true;
  }
  return false;
}

bool CssLexer::ConsumeCdcToken() {
  if (in_.Peek(0) == '-' && in_.Peek(1) == '-' && in_.Peek(2) == '>') {
    in_.Move(3);
    return true;
  }
  return false;
}

CssToken CssLexer::ConsumeMatch() {
  static constexpr std::pair<char, CssToken> kMatches[] = {
      {'~', CssToken::kIncludeMatch},   {'|', CssToken::kDashMatch},
      {'^', CssToken::kPrefixMatch},    {'$', CssToken::kSuffixMatch},
      {'*', CssToken::kSubstringMatch},
  };
  if (in_.Peek(1) != '=') return CssToken::kError;
  for (auto [c, t] : kMatches) {
    if (in_.Peek(0) == c) {
      in_.Move(2);
      return t;
    }
  }
  return CssToken::kError;
}

CssToken CssLexer::ConsumeBracket() {
  static constexpr std::pair<char, CssToken> kBrackets[] = {
      {'(', CssToken::kLeftParenthesis}, {')', CssToken::kRightParenthesis},
      {'[', CssToken::kLeftBracket},     {']', CssToken::kRightBracket},
      {'{', CssToken::kLeftBrace},       {'}', CssToken::kRightBrace},
  };
  for (auto [c, t] : kBrackets) {
    if (in_.Peek(0) == c) {
      in_.Move(1);
      return t;
    }
  }
  return CssToken::kError;
}

CssToken CssLexer::ConsumeNumeric() {
  if (!ConsumeNumberToken()) return CssToken::kError;
  if (ConsumeByte('%')) return CssToken::kPercentage;
  if (ConsumeIdentToken()) return CssToken::kDimension;
  return CssToken::kNumber;
}

CssToken CssLexer::ConsumeString() {
  char delim = in_.Peek(0);
  in_.Move(1);
  while (!in_.AtEnd()) {
    char c = in_.Peek(0);
    if (c == '\n' || c == '\r' || c == '\f') {
      in_.Move(1);
      return CssToken::kBadString;
    }
    if (c == delim) {
      in_.Move(1);
      break;
    }
    if (c == '\\') {
      if (!ConsumeEscape()) {
        // a backslash before a newline or the end
        in_.Move(1);
        ConsumeNewline();
      }
    } else {
      in_.Move(1);
    }
  }
  return CssToken::kString;
}

bool CssLexer::ConsumeUnquotedUrl() {
  while (!in_.AtEnd()) {
    unsigned char c = in_.PeekByte(0);
    if (c == ')') break;
    if (c == '"' || c == '\'' || c == '(' || c == '\\' || c == ' ' || c <= 0x1F || c == 0x7F) {
      if (c != '\\' || !ConsumeEscape()) return false;
    } else {
      in_.Move(1);
    }
  }
  return true;
}

void CssLexer::ConsumeRemnantsBadUrl() {
  while (!ConsumeByte(')') && !in_.AtEnd()) {
    if (!ConsumeEscape()) in_.Move(1);
  }
}

CssToken CssLexer::ConsumeIdentlike() {
  if (!ConsumeIdentToken()) return CssToken::kError;
  if (in_.Peek(0) != '(') return CssToken::kIdent;
  if (!IsUrlName(in_.Lexeme())) {
    in_.Move(1);
    return CssToken::kFunction;
  }
  in_.Move(1);
  while (ConsumeWhitespace()) {
  }
  if (char c = in_.Peek(0); c == '"' || c == '\'') {
    if (ConsumeString() == CssToken::kBadString) {
      ConsumeRemnantsBadUrl();
      return CssToken::kBadUrl;
    }
  } else if (!ConsumeUnquotedUrl() && !ConsumeWhitespace()) {
    // Whitespace inside an unquoted URL may still be trailing whitespace before ')'.
    ConsumeRemnantsBadUrl();
    return CssToken::kBadUrl;
  }
  while (ConsumeWhitespace()) {
  }
  if (!ConsumeByte(')') && !in_.AtEnd()) {
    ConsumeRemnantsBadUrl();
    return CssToken::kBadUrl;
  }
  return CssToken::kUrl;
}

bool IsCssIdent(std::string_view text) {
  CssLexer lexer(text);
  lexer.ConsumeIdentToken();
  return lexer.in_.pos() == text.size();
}

bool IsCssUnquotedUrl(std::string_view text) {
  CssLexer lexer(text);
  lexer.ConsumeUnquotedUrl();
  return lexer.in_.pos() == text.size();
}

}  // namespace kiln::minify
