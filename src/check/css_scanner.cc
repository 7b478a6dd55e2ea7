#include "check/css_scanner.h"

#include "base/strings.h"

namespace kiln::check {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Walks the text keeping the line and column of the current byte.
class Cursor {
 public:
  Cursor(std::string_view text, int line, int column) : text_(text), line_(line), column_(column) {}

  bool done() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool LookingAtIgnoreCase(std::string_view word) const {
    return EqualsIgnoreAsciiCase(text_.substr(pos_, word.size()), word);
  }
  void Advance(size_t n = 1) {
    for (; n > 0 && pos_ < text_.size(); --n, ++pos_) {
      if (text_[pos_] == '\n') {
        ++line_;
        column_ = 1;
      } else {
        ++column_;
      }
    }
  }
  void SkipSpace() {
    while (!done() && IsSpace(peek())) Advance();
  }
  void SkipComment() {  // at "/*"
    Advance(2);
    while (!done() && !(peek() == '*' && peek(1) == '/')) Advance();
    Advance(2);
  }
  // At a quote: returns the string's contents with escapes resolved, leaving the cursor
  // after the closing quote.
  std::string ReadString() {
    char quote = peek();
    Advance();
    std::string out;
    while (!done() && peek() != quote && peek() != '\n') {
      if (peek() == '\\') Advance();
      if (!done()) out.push_back(peek());
      Advance();
    }
    Advance();
    return out;
  }
  // After "url(": the unquoted or quoted URL, leaving the cursor after ')'.
  std::string ReadUrlBody() {
    SkipSpace();
    std::string out;
    if (peek() == '"' || peek() == '\'') {
      out = ReadString();
    } else {
      while (!done() && peek() != ')' && !IsSpace(peek())) {
        if (peek() == '\\') Advance();
        if (!done()) out.push_back(peek());
        Advance();
      }
    }
    while (!done() && peek() != ')') Advance();
    Advance();
    return out;
  }
  int line() const { return line_; }
  int column() const { return column_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_;
  int column_;
};

}  // namespace

void ScanCss(std::string_view css, int line, int column, std::vector<Reference>* refs) {
  Cursor c(css, line, column);
  auto add = [&](std::string url, int l, int col) {
    if (!TrimSpace(url).empty()) {
      refs->push_back(Reference{std::move(url), l, col, RefKind::kWeighed});
    }
  };
  while (!c.done()) {
    char ch = c.peek();
    if (ch == '/' && c.peek(1) == '*') {
      c.SkipComment();
    } else if (ch == '"' || ch == '\'') {
      c.ReadString();
    } else if (ch == '\\') {
      c.Advance(2);
    } else if ((ch == 'u' || ch == 'U') && c.LookingAtIgnoreCase("url(")) {
      int l = c.line(), col = c.column();
      c.Advance(4);
      add(c.ReadUrlBody(), l, col);
    } else if (ch == '@' && c.LookingAtIgnoreCase("@import")) {
      int l = c.line(), col = c.column();
      c.Advance(7);
      c.SkipSpace();
      if (c.peek() == '"' || c.peek() == '\'') add(c.ReadString(), l, col);
      // @import url(...) is picked up by the url( branch on the next iteration.
    } else {
      c.Advance();
    }
  }
}

}  // namespace kiln::check
