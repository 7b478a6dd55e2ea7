// HtmlLexer splits HTML into the flat token stream the HTML minifier works on: text,
// comments, doctypes, start tags with their attributes one by one, end tags, and whole
// inline <svg>/<math> elements as single tokens. It does not build a tree and never fails
// on malformed markup except for a NUL byte inside <svg>/<math>, which hugo's minifier
// rejects too. Tag and attribute names come out lower-cased, as do whole end tags.
//
// The lexer owns a copy of its input; tokens are views into it, valid while the lexer
// lives. Not thread-safe; one lexer per document.
#ifndef KILN_MINIFY_HTML_LEXER_H_
#define KILN_MINIFY_HTML_LEXER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kiln::minify {

enum class HtmlTokenType {
  kError,  // end of input, or the NUL error (see HtmlLexer::failed)
  kComment,
  kDoctype,
  kStartTag,
  kStartTagClose,
  kStartTagVoid,
  kEndTag,
  kAttribute,
  kText,
  kSvg,
  kMath,
};

struct HtmlToken {
  HtmlTokenType type = HtmlTokenType::kError;
  std::string_view data;      // the token's bytes as written (names lower-cased)
  std::string_view text;      // tag name, attribute name, comment body, doctype body
  std::string_view attr_val;  // an attribute's value, quotes included
  bool has_attr_val = false;
  size_t offset = 0;  // where the token starts in the input
};

class HtmlLexer {
 public:
  explicit HtmlLexer(std::string_view input);

  HtmlToken Next();

  // True once the lexer stopped at a NUL byte inside <svg> or <math>.
  bool failed() const { return failed_; }
  size_t failed_offset() const { return pos_; }

 private:
  // The byte at pos_ + i, or 0 past the end (the input itself may hold NULs).
  char Peek(size_t i) const { return pos_ + i < buf_.size() ? buf_[pos_ + i] : '\0'; }
  bool AtEnd(size_t i) const { return pos_ + i >= buf_.size(); }
  bool AtEof() const { return Peek(0) == '\0' && AtEnd(0); }
  bool At(std::string_view s) const;
  std::string_view Shift();  // the bytes from start_ to pos_, and start_ = pos_
  std::string_view Lexeme() const { return std::string_view(buf_).substr(start_, pos_ - start_); }
  void LowerInPlace(size_t from, size_t to);

  std::string_view ShiftRawText();
  HtmlToken ReadMarkup();
  std::string_view ShiftBogusComment(std::string_view* text);
  HtmlToken ShiftStartTag();
  std::string_view ShiftAttribute();
  std::string_view ShiftEndTag();
  std::string_view ShiftXml(std::string_view tag);
  HtmlToken Make(HtmlTokenType type, std::string_view data);

  std::string buf_;
  size_t pos_ = 0;
  size_t start_ = 0;
  std::string_view raw_tag_;  // set after a start tag whose content is raw text
  bool in_tag_ = false;
  bool failed_ = false;
  std::string_view text_;
  std::string_view attr_val_;
  bool has_attr_val_ = false;
};

}  // namespace kiln::minify

#endif  // KILN_MINIFY_HTML_LEXER_H_
