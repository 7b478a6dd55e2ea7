#include "minify/html_lexer.h"

#include <utility>

#include "base/strings.h"

namespace kiln::minify {
namespace {

bool IsAsciiLetter(char c) { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'); }

// The whitespace that separates attributes (HTML's, including form feed).
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsRawTextTag(std::string_view name) {
  return name == "textarea" || name == "title" || name == "style" || name == "xmp" ||
         name == "iframe" || name == "script" || name == "plaintext";
}

}  // namespace

HtmlLexer::HtmlLexer(std::string_view input) : buf_(input) {}

bool HtmlLexer::At(std::string_view s) const {
  for (size_t i = 0; i < s.size(); ++i) {
    if (Peek(i) != s[i]) return false;
  }
  return true;
}

std::string_view HtmlLexer::Shift() {
  std::string_view out = std::string_view(buf_).substr(start_, pos_ - start_);
  start_ = pos_;
  return out;
}

void HtmlLexer::LowerInPlace(size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    char& c = buf_[i];
    if ('A' <= c && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
}

HtmlToken HtmlLexer::Make(HtmlTokenType type, std::string_view data) {
  HtmlToken t;
  t.type = type;
  t.offset = pos_ - data.size();
  t.data = data;
  t.text = text_;
  text_ = {};
  if (type == HtmlTokenType::kAttribute) {
    t.attr_val = attr_val_;
    t.has_attr_val = has_attr_val_;
  }
  return t;
}

HtmlToken HtmlLexer::Next() {
  text_ = {};
  if (failed_) return HtmlToken{};
  if (in_tag_) {
    attr_val_ = {};
    has_attr_val_ = false;
    while (IsTagSpace(Peek(0))) ++pos_;
    char c = Peek(0);
    if (c == '\0' && AtEnd(0)) return HtmlToken{};
    if (c != '>' && (c != '/' || Peek(1) != '>')) {
      std::string_view data = ShiftAttribute();
      return Make(HtmlTokenType::kAttribute, data);
    }
    start_ = pos_;
    in_tag_ = false;
    if (c == '/') {
      pos_ += 2;
      return Make(HtmlTokenType::kStartTagVoid, Shift());
    }
    pos_ += 1;
    return Make(HtmlTokenType::kStartTagClose, Shift());
  }

  if (!raw_tag_.empty()) {
    std::string_view raw = ShiftRawText();
    raw_tag_ = {};
    if (!raw.empty()) {
      text_ = raw;
      return Make(HtmlTokenType::kText, raw);
    }
  }

  for (;;) {
    char c = Peek(0);
    if (c == '<') {
      c = Peek(1);
      bool is_end_tag = c == '/' && Peek(2) != '>' && (Peek(2) != '\0' || !AtEnd(2));
      if (pos_ > start_) {
        if (is_end_tag || IsAsciiLetter(c) || c == '!' || c == '?') {
          text_ = Lexeme();
          return Make(HtmlTokenType::kText, Shift());
        }
      } else if (is_end_tag) {
        pos_ += 2;
        if (!IsAsciiLetter(Peek(0))) {
          std::string_view data = ShiftBogusComment(&text_);
          return Make(HtmlTokenType::kComment, data);
        }
        std::string_view data = ShiftEndTag();
        return Make(HtmlTokenType::kEndTag, data);
      } else if (IsAsciiLetter(c)) {
        pos_ += 1;
        in_tag_ = true;
        return ShiftStartTag();
      } else if (c == '!') {
        pos_ += 2;
        return ReadMarkup();
      } else if (c == '?') {
        pos_ += 1;
        std::string_view data = ShiftBogusComment(&text_);
        return Make(HtmlTokenType::kComment, data);
      }
    } else if (c == '\0' && AtEnd(0)) {
      if (pos_ > start_) {
        text_ = Lexeme();
        return Make(HtmlTokenType::kText, Shift());
      }
      return HtmlToken{};
    }
    ++pos_;
  }
}

std::string_view HtmlLexer::ShiftRawText() {
  if (raw_tag_ == "plaintext") {
    pos_ = buf_.size();
    return Shift();
  }
  for (;;) {
    char c = Peek(0);
    if (c == '<') {
      if (Peek(1) == '/') {
        size_t mark = pos_;
        pos_ += 2;
        while (IsAsciiLetter(Peek(0))) ++pos_;
        if (AsciiLower(std::string_view(buf_).substr(mark + 2, pos_ - mark - 2)) == raw_tag_) {
          pos_ = mark;
          return Shift();
        }
      } else if (raw_tag_ == "script" && At("<!--")) {
        // Inside "<!--" a script may itself contain "<script>...</script>" pairs; only an
        // unpaired "</script" ends it.
        pos_ += 4;
        bool in_script = false;
        for (;;) {
          c = Peek(0);
          if (At("-->")) {
            pos_ += 3;
            break;
          } else if (c == '<') {
            bool is_end = Peek(1) == '/';
            pos_ += is_end ? 2 : 1;
            size_t mark = pos_;
            while (IsAsciiLetter(Peek(0))) ++pos_;
            if (AsciiLower(std::string_view(buf_).substr(mark, pos_ - mark)) == "script") {
              if (!is_end) {
                in_script = true;
              } else if (!in_script) {
                pos_ = mark - 2;
                return Shift();
              } else {
                in_script = false;
              }
            }
          } else if (c == '\0' && AtEnd(0)) {
            return Shift();
          } else {
            ++pos_;
          }
        }
      } else {
        ++pos_;
      }
    } else if (c == '\0' && AtEnd(0)) {
      return Shift();
    } else {
      ++pos_;
    }
  }
}

HtmlToken HtmlLexer::ReadMarkup() {
  if (At("--")) {
    pos_ += 2;
    for (;;) {
      if (AtEof()) {
        text_ = Lexeme().substr(4);
        return Make(HtmlTokenType::kComment, Shift());
      }
      size_t close = At("-->") ? 3 : At("--!>") ? 4 : 0;
      if (close != 0) {
        text_ = Lexeme().substr(4);
        pos_ += close;
        return Make(HtmlTokenType::kComment, Shift());
      }
      ++pos_;
    }
  }
  if (At("[CDATA[")) {
    pos_ += 7;
    for (;;) {
      if (AtEof() || At("]]>")) {
        text_ = Lexeme().substr(9);
        if (!AtEof()) pos_ += 3;
        return Make(HtmlTokenType::kText, Shift());
      }
      ++pos_;
    }
  }
  bool doctype = true;
  for (size_t i = 0; i < 7; ++i) {
    char c = Peek(i);
    if (c != "doctype"[i] && static_cast<char>(c + ('a' - 'A')) != "doctype"[i]) doctype = false;
  }
  if (doctype) {
    pos_ += 7;
    if (Peek(0) == ' ') ++pos_;
    for (;;) {
      char c = Peek(0);
      if (c == '>' || (c == '\0' && AtEnd(0))) {
        text_ = Lexeme().substr(9);
        if (c == '>') ++pos_;
        return Make(HtmlTokenType::kDoctype, Shift());
      }
      ++pos_;
    }
  }
  std::string_view data = ShiftBogusComment(&text_);
  return Make(HtmlTokenType::kComment, data);
}

std::string_view HtmlLexer::ShiftBogusComment(std::string_view* text) {
  for (;;) {
    char c = Peek(0);
    if (c == '>' || (c == '\0' && AtEnd(0))) {
      *text = Lexeme().substr(2);
      if (c == '>') ++pos_;
      return Shift();
    }
    ++pos_;
  }
}

HtmlToken HtmlLexer::ShiftStartTag() {
  for (;;) {
    char c = Peek(0);
    if (c == ' ' || c == '>' || (c == '/' && Peek(1) == '>') || c == '\t' || c == '\n' ||
        c == '\r' || c == '\f' || (c == '\0' && AtEnd(0))) {
      break;
    }
    ++pos_;
  }
  LowerInPlace(start_ + 1, pos_);
  std::string_view name = Lexeme().substr(1);
  if (name == "svg" || name == "math") {
    const bool svg = name == "svg";
    std::string_view data = ShiftXml(name);
    if (failed_) return HtmlToken{};
    in_tag_ = false;
    return Make(svg ? HtmlTokenType::kSvg : HtmlTokenType::kMath, data);
  }
  if (IsRawTextTag(name)) raw_tag_ = name;
  text_ = name;
  return Make(HtmlTokenType::kStartTag, Shift());
}

std::string_view HtmlLexer::ShiftAttribute() {
  size_t name_start = pos_;
  char c;
  for (;;) {
    c = Peek(0);
    if (c == ' ' || c == '=' || c == '>' || (c == '/' && Peek(1) == '>') || c == '\t' ||
        c == '\n' || c == '\r' || c == '\f' || (c == '\0' && AtEnd(0))) {
      break;
    }
    ++pos_;
  }
  size_t name_end = pos_;
  while (IsTagSpace(Peek(0))) ++pos_;
  c = Peek(0);
  if (c == '=') {
    ++pos_;
    while (IsTagSpace(Peek(0))) ++pos_;
    size_t attr_pos = pos_;
    char delim = Peek(0);
    if (delim == '"' || delim == '\'') {
      ++pos_;
      for (;;) {
        c = Peek(0);
        if (c == delim) {
          ++pos_;
          break;
        }
        if (c == '\0' && AtEnd(0)) break;
        ++pos_;
      }
    } else {
      for (;;) {
        c = Peek(0);
        if (c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            (c == '\0' && AtEnd(0))) {
          break;
        }
        ++pos_;
      }
    }
    attr_val_ = std::string_view(buf_).substr(attr_pos, pos_ - attr_pos);
    has_attr_val_ = true;
  } else {
    pos_ = name_end;
  }
  LowerInPlace(name_start, name_end);
  text_ = std::string_view(buf_).substr(name_start, name_end - name_start);
  return Shift();
}

std::string_view HtmlLexer::ShiftEndTag() {
  for (;;) {
    char c = Peek(0);
    if (c == '>' || (c == '\0' && AtEnd(0))) {
      text_ = Lexeme().substr(2);
      if (c == '>') ++pos_;
      break;
    }
    ++pos_;
  }
  while (!text_.empty()) {
    char c = text_.back();
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    text_.remove_suffix(1);
  }
  LowerInPlace(start_, pos_);  // text_ views these bytes too
  return Shift();
}

std::string_view HtmlLexer::ShiftXml(std::string_view tag) {
  bool in_quote = false;
  for (;;) {
    char c = Peek(0);
    if (c == '"') {
      in_quote = !in_quote;
      ++pos_;
    } else if (c == '<' && !in_quote && Peek(1) == '/') {
      size_t mark = pos_;
      pos_ += 2;
      while (IsAsciiLetter(Peek(0))) ++pos_;
      if (AsciiLower(std::string_view(buf_).substr(mark + 2, pos_ - mark - 2)) == tag) break;
    } else if (c == '\0') {
      if (!AtEnd(0)) failed_ = true;
      return Shift();
    } else {
      ++pos_;
    }
  }
  for (;;) {
    char c = Peek(0);
    if (c == '>') {
      ++pos_;
      break;
    }
    if (c == '\0') {
      if (!AtEnd(0)) failed_ = true;
      return Shift();
    }
    ++pos_;
  }
  return Shift();
}

}  // namespace kiln::minify
