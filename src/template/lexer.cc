#include "template/lexer.h"

#include <cstdio>

#include "value/go_format.h"
#include "base/utf8.h"

namespace kiln::tmpl {

namespace {

constexpr std::string_view kLeftDelim = "{{";
constexpr std::string_view kRightDelim = "}}";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsAlphaNumeric(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         u >= 0x80;
}

Tok KeywordOf(std::string_view w) {
  static constexpr struct {
    std::string_view word;
    Tok tok;
  } kKeywords[] = {{".", Tok::kDot},
                   {"block", Tok::kBlock},
                   {"break", Tok::kBreak},
                   {"continue", Tok::kContinue},
                   {"define", Tok::kDefine},
                   {"else", Tok::kElse},
                   {"end", Tok::kEnd},
                   {"if", Tok::kIf},
                   {"range", Tok::kRange},
                   {"nil", Tok::kNil},
                   {"template", Tok::kTemplate},
                   {"with", Tok::kWith}};
  for (const auto& k : kKeywords) {
    if (k.word == w) return k.tok;
  }
  return Tok::kError;
}

// "U+0021 '!'", Go's %#U.
std::string RuneName(char32_t r) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string s = buf;
  if (IsPrintRune(r)) {
    s += " '";
    AppendRune(&s, r);
    s += "'";
  }
  return s;
}

class Lexer {
 public:
  explicit Lexer(std::string_view in) : in_(in) {}

  Lexed Run() {
    while (LexText() && LexAction()) {
    }
    return std::move(out_);
  }

 private:
  std::string_view Rest(size_t p) const { return p <= in_.size() ? in_.substr(p) : ""; }
  bool HasLeftTrim(size_t p) const {
    return p + 1 < in_.size() && in_[p] == '-' && IsSpace(in_[p + 1]);
  }
  bool HasRightTrim(size_t p) const {
    return p + 1 < in_.size() && IsSpace(in_[p]) && in_[p + 1] == '-';
  }
  // Whether pos_ is at a right delimiter; *trim says whether it has a " -" marker.
  bool AtRightDelim(bool* trim) const {
    if (HasRightTrim(pos_) && Rest(pos_ + 2).starts_with(kRightDelim)) {
      *trim = true;
      return true;
    }
    *trim = false;
    return Rest(pos_).starts_with(kRightDelim);
  }

  int LineAt(size_t p) {
    for (; line_pos_ < p && line_pos_ < in_.size(); ++line_pos_) {
      if (in_[line_pos_] == '\n') ++line_;
    }
    return line_;
  }

  void Emit(Tok t, size_t start, size_t end) {
    out_.tokens.push_back(Token{t, start, LineAt(start), in_.substr(start, end - start)});
  }

  bool Error(std::string msg, size_t at) {
    out_.error = std::move(msg);
    out_.tokens.push_back(Token{Tok::kError, at, LineAt(at), {}});
    return false;
  }

  // Text up to the next action; returns false at EOF.
  bool LexText() {
    size_t x = in_.find(kLeftDelim, pos_);
    if (x == std::string_view::npos) {
      if (pos_ < in_.size()) Emit(Tok::kText, pos_, in_.size());
      Emit(Tok::kEOF, in_.size(), in_.size());
      return false;
    }
    size_t end = x;
    if (HasLeftTrim(x + kLeftDelim.size())) {
      while (end > pos_ && IsSpace(in_[end - 1])) --end;
    }
    if (end > pos_) Emit(Tok::kText, pos_, end);
    pos_ = x;
    return true;
  }

  void SkipLeadingSpace() {
    while (pos_ < in_.size() && IsSpace(in_[pos_])) ++pos_;
  }

  // From a left delimiter through the matching right delimiter.
  bool LexAction() {
    size_t delim = pos_;
    pos_ += kLeftDelim.size();
    bool trim = HasLeftTrim(pos_);
    size_t after = trim ? 2 : 0;
    if (Rest(pos_ + after).starts_with("/*")) {
      size_t start = pos_ + after;
      size_t close = in_.find("*/", start + 2);
      if (close == std::string_view::npos) return Error("unclosed comment", start);
      pos_ = close + 2;
      bool rtrim;
      if (!AtRightDelim(&rtrim)) return Error("comment ends before closing delimiter", start);
      Emit(Tok::kComment, start, pos_);
      pos_ += (rtrim ? 2 : 0) + kRightDelim.size();
      if (rtrim) SkipLeadingSpace();
      return true;
    }
    Emit(Tok::kLeftDelim, delim, delim + kLeftDelim.size());
    pos_ += after;
    int paren_depth = 0;
    while (true) {
      bool rtrim;
      if (AtRightDelim(&rtrim)) {
        if (paren_depth != 0) return Error("unclosed left paren", pos_);
        pos_ += (rtrim ? 2 : 0);
        Emit(Tok::kRightDelim, pos_, pos_ + kRightDelim.size());
        pos_ += kRightDelim.size();
        if (rtrim) SkipLeadingSpace();
        return true;
      }
      if (pos_ >= in_.size()) return Error("unclosed action", pos_);
      char c = in_[pos_];
      size_t start = pos_;
      if (IsSpace(c)) {
        size_t n = 0;
        while (pos_ < in_.size() && IsSpace(in_[pos_])) ++pos_, ++n;
        // A space right before "-}}" belongs to the trim marker.
        if (HasRightTrim(pos_ - 1) && Rest(pos_ + 1).starts_with(kRightDelim)) {
          --pos_;
          if (n == 1) continue;
        }
        Emit(Tok::kSpace, start, pos_);
        continue;
      }
      ++pos_;
      switch (c) {
        case '=':
          Emit(Tok::kAssign, start, pos_);
          continue;
        case ':':
          if (pos_ >= in_.size() || in_[pos_] != '=') return Error("expected :=", start);
          ++pos_;
          Emit(Tok::kDeclare, start, pos_);
          continue;
        case '|':
          Emit(Tok::kPipe, start, pos_);
          continue;
        case '"':
          if (!LexQuoted(start, '"', "unterminated quoted string")) return false;
          continue;
        case '`': {
          size_t close = in_.find('`', pos_);
          if (close == std::string_view::npos) {
            return Error("unterminated raw quoted string", start);
          }
          pos_ = close + 1;
          Emit(Tok::kRawString, start, pos_);
          continue;
        }
        case '\'':
          if (!LexQuoted(start, '\'', "unterminated character constant")) return false;
          continue;
        case '$':
          if (!LexFieldOrVariable(start, Tok::kVariable)) return false;
          continue;
        case '(':
          Emit(Tok::kLeftParen, start, pos_);
          ++paren_depth;
          continue;
        case ')':
          Emit(Tok::kRightParen, start, pos_);
          if (--paren_depth < 0) return Error("unexpected right paren U+0029 ')'", start);
          continue;
        default:
          break;
      }
      if (c == '.' && !(pos_ < in_.size() && in_[pos_] >= '0' && in_[pos_] <= '9')) {
        if (!LexFieldOrVariable(start, Tok::kField)) return false;
        continue;
      }
      if (c == '.' || c == '+' || c == '-' || (c >= '0' && c <= '9')) {
        pos_ = start;
        if (!LexNumber()) return false;
        continue;
      }
      if (IsAlphaNumeric(c)) {
        pos_ = start;
        if (!LexIdentifier()) return false;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x80 && c >= 0x20 && c < 0x7F) {
        Emit(Tok::kChar, start, pos_);
        continue;
      }
      int w;
      char32_t r = DecodeRune(in_, start, &w);
      return Error("unrecognized character in action: " + RuneName(r), start);
    }
  }

  bool AtTerminator() const {
    if (pos_ >= in_.size()) return true;
    char c = in_[pos_];
    if (IsSpace(c)) return true;
    switch (c) {
      case '.':
      case ',':
      case '|':
      case ':':
      case ')':
      case '(':
        return true;
      default:
        break;
    }
    return Rest(pos_).starts_with(kRightDelim);
  }

  bool BadCharacter() {
    int w;
    char32_t r = pos_ < in_.size() ? DecodeRune(in_, pos_, &w) : U'\0';
    return Error("bad character " + RuneName(r), pos_);
  }

  bool LexFieldOrVariable(size_t start, Tok t) {
    if (AtTerminator()) {
      Emit(t == Tok::kVariable ? Tok::kVariable : Tok::kDot, start, pos_);
      return true;
    }
    while (pos_ < in_.size() && IsAlphaNumeric(in_[pos_])) ++pos_;
    if (!AtTerminator()) return BadCharacter();
    Emit(t, start, pos_);
    return true;
  }

  bool LexIdentifier() {
    size_t start = pos_;
    while (pos_ < in_.size() && IsAlphaNumeric(in_[pos_])) ++pos_;
    if (!AtTerminator()) return BadCharacter();
    std::string_view word = in_.substr(start, pos_ - start);
    Tok k = KeywordOf(word);
    if (k != Tok::kError) {
      Emit(k, start, pos_);
    } else if (word == "true" || word == "false") {
      Emit(Tok::kBool, start, pos_);
    } else {
      Emit(Tok::kIdentifier, start, pos_);
    }
    return true;
  }

  bool LexQuoted(size_t start, char quote, const char* unterminated) {
    while (true) {
      if (pos_ >= in_.size() || in_[pos_] == '\n') return Error(unterminated, start);
      char c = in_[pos_++];
      if (c == '\\') {
        if (pos_ >= in_.size() || in_[pos_] == '\n') return Error(unterminated, start);
        ++pos_;
      } else if (c == quote) {
        break;
      }
    }
    Emit(quote == '"' ? Tok::kString : Tok::kCharConstant, start, pos_);
    return true;
  }

  bool Accept(std::string_view set) {
    if (pos_ < in_.size() && set.find(in_[pos_]) != std::string_view::npos) {
      ++pos_;
      return true;
    }
    return false;
  }
  void AcceptRun(std::string_view set) {
    while (Accept(set)) {
    }
  }

  bool LexNumber() {
    size_t start = pos_;
    Accept("+-");
    std::string_view digits = "0123456789_";
    if (Accept("0")) {
      if (Accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (Accept("oO")) {
        digits = "01234567_";
      } else if (Accept("bB")) {
        digits = "01_";
      }
    }
    AcceptRun(digits);
    if (Accept(".")) AcceptRun(digits);
    if (digits.size() == 11 && Accept("eE")) {
      Accept("+-");
      AcceptRun("0123456789_");
    }
    if (digits.size() == 23 && Accept("pP")) {
      Accept("+-");
      AcceptRun("0123456789_");
    }
    Accept("i");
    if (pos_ < in_.size() && IsAlphaNumeric(in_[pos_])) {
      ++pos_;
      std::string q;
      AppendGoQuote(&q, in_.substr(start, pos_ - start));
      return Error("bad number syntax: " + q, start);
    }
    Emit(Tok::kNumber, start, pos_);
    return true;
  }

  std::string_view in_;
  size_t pos_ = 0;
  size_t line_pos_ = 0;
  int line_ = 1;
  Lexed out_;
};

}  // namespace

Lexed Lex(std::string_view input) { return Lexer(input).Run(); }

std::string TokenString(const Token& t) {
  if (t.type == Tok::kEOF) return "EOF";
  if (t.type > Tok::kKeyword) return "<" + std::string(t.val) + ">";
  std::string q;
  if (t.val.size() > 10) {
    std::string_view v = t.val;
    size_t i = 0;
    for (int n = 0; n < 10 && i < v.size(); ++n) {
      int w;
      DecodeRune(v, i, &w);
      i += w;
    }
    AppendGoQuote(&q, v.substr(0, i));
    return q + "...";
  }
  AppendGoQuote(&q, t.val);
  return q;
}

}  // namespace kiln::tmpl
