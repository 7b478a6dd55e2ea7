#include "minify/xml_lexer.h"

#include "minify/parse_error.h"

namespace kiln::minify {
namespace {

bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

bool XmlLexer::At(std::string_view s) const {
  for (size_t i = 0; i < s.size(); ++i) {
    if (Peek(i) != s[i]) return false;
  }
  return true;
}

bool XmlLexer::EndsTagWord(char c) const {
  return IsTagSpace(c) || c == '>' || ((c == '/' || c == '?') && Peek(1) == '>') || c == '\0';
}

XmlTokenData XmlLexer::Shift(XmlToken type) {
  XmlTokenData t;
  t.type = type;
  t.data = Span(start_, pos_);
  t.text = text_;
  t.attr_val = attr_val_;
  start_ = pos_;
  return t;
}

XmlTokenData XmlLexer::Fail() {
  if (!AtEnd()) error_ = ParseError(buf_, pos_, "XML parse error: unexpected NULL character");
  XmlTokenData t;
  t.type = XmlToken::kError;
  return t;
}

XmlTokenData XmlLexer::Next() {
  text_ = {};
  attr_val_ = {};
  if (in_tag_) {
    while (IsTagSpace(Peek())) ++pos_;
    char c = Peek();
    if (c == '\0') return Fail();
    if (c != '>' && ((c != '/' && c != '?') || Peek(1) != '>')) return ShiftAttribute();
    start_ = pos_;
    in_tag_ = false;
    if (c == '/') {
      pos_ += 2;
      return Shift(XmlToken::kStartTagCloseVoid);
    }
    if (c == '?') {
      pos_ += 2;
      return Shift(XmlToken::kStartTagClosePi);
    }
    ++pos_;
    return Shift(XmlToken::kStartTagClose);
  }
  while (true) {
    char c = Peek();
    if (c == '<') {
      if (pos_ > start_) {
        text_ = Span(start_, pos_);
        return Shift(XmlToken::kText);
      }
      c = Peek(1);
      if (c == '/') {
        pos_ += 2;
        return ShiftEndTag();
      }
      if (c == '!') {
        pos_ += 2;
        if (At("--")) {
          pos_ += 2;
          return ShiftUntil("-->", 4, XmlToken::kComment, false);
        }
        if (At("[CDATA[")) {
          pos_ += 7;
          return ShiftUntil("]]>", 9, XmlToken::kCdata, true);
        }
        if (At("DOCTYPE")) {
          pos_ += 7;
          return ShiftDoctype();
        }
        pos_ -= 2;
      } else if (c == '?') {
        pos_ += 2;
        in_tag_ = true;
        return ShiftStartTag(XmlToken::kStartTagPi);
      }
      ++pos_;
      in_tag_ = true;
      return ShiftStartTag(XmlToken::kStartTag);
    }
    if (c == '\0') {
      if (pos_ > start_) {
        text_ = Span(start_, pos_);
        return Shift(XmlToken::kText);
      }
      return Fail();
    }
    ++pos_;
  }
}

XmlTokenData XmlLexer::ShiftDoctype() {
  bool in_string = false;
  bool in_brackets = false;
  while (true) {
    char c = Peek();
    if (c == '"') {
      in_string = !in_string;
    } else if ((c == '[' || c == ']') && !in_string) {
      in_brackets = c == '[';
    } else if (c == '>' && !in_string && !in_brackets) {
      text_ = Span(start_ + 9, pos_);
      ++pos_;
      return Shift(XmlToken::kDoctype);
    } else if (c == '\0') {
      text_ = Span(start_ + 9, pos_);
      return Shift(XmlToken::kDoctype);
    }
    ++pos_;
  }
}

XmlTokenData XmlLexer::ShiftUntil(std::string_view terminator, size_t opener, XmlToken type,
                                  bool text_at_end) {
  while (true) {
    if (At(terminator)) {
      text_ = Span(start_ + opener, pos_);
      pos_ += terminator.size();
      return Shift(type);
    }
    if (Peek() == '\0') {
      // Upstream gives an unclosed CDATA section its text, an unclosed comment none.
      if (text_at_end) text_ = Span(start_ + opener, pos_);
      return Shift(type);
    }
    ++pos_;
  }
}

XmlTokenData XmlLexer::ShiftStartTag(XmlToken type) {
  size_t name_start = pos_;
  while (!EndsTagWord(Peek())) ++pos_;
  text_ = Span(name_start, pos_);
  return Shift(type);
}

XmlTokenData XmlLexer::ShiftAttribute() {
  size_t name_start = pos_;
  while (Peek() != '=' && !EndsTagWord(Peek())) ++pos_;
  size_t name_end = pos_;
  while (IsTagSpace(Peek())) ++pos_;
  if (Peek() == '=') {
    ++pos_;
    while (IsTagSpace(Peek())) ++pos_;
    size_t value_start = pos_;
    char delim = Peek();
    if (delim == '"' || delim == '\'') {
      ++pos_;
      while (true) {
        char c = Peek();
        if (c == delim) {
          ++pos_;
          break;
        }
        if (c == '\0') break;
        ++pos_;
        // Line breaks and tabs inside quotes become spaces, in the buffer itself.
        if (c == '\t' || c == '\n' || c == '\r') buf_[pos_ - 1] = ' ';
      }
    } else {
      while (!EndsTagWord(Peek())) ++pos_;
    }
    attr_val_ = Span(value_start, pos_);
  } else {
    pos_ = name_end;
  }
  text_ = Span(name_start, name_end);
  return Shift(XmlToken::kAttribute);
}

XmlTokenData XmlLexer::ShiftEndTag() {
  while (Peek() != '>' && Peek() != '\0') ++pos_;
  size_t end = pos_;
  if (Peek() == '>') ++pos_;
  while (end > start_ + 2 && IsTagSpace(buf_[end - 1])) --end;
  text_ = Span(start_ + 2, end);
  return Shift(XmlToken::kEndTag);
}

}  // namespace kiln::minify
