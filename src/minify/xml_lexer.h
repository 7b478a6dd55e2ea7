// The XML tokenizer under the XML and SVG minifiers, cutting tokens as tdewolff/parse 2.6 does
// (lenient: no well-formedness checks; only a NUL byte is an error).
//
// The lexer works on a buffer it does not own and, like upstream, rewrites it in place (tabs
// and line breaks inside quoted attribute values become spaces); the minifiers rewrite tokens
// in the same buffer, and error messages quote it as it stands. Tokens are spans of the buffer,
// so they stay valid while its size does not change. Not thread-safe.
#ifndef KILN_MINIFY_XML_LEXER_H_
#define KILN_MINIFY_XML_LEXER_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::minify {

enum class XmlToken {
  kError,  // end of input, or the NUL byte error
  kComment,
  kDoctype,
  kCdata,
  kStartTag,           // "<name"
  kStartTagPi,         // "<?name"
  kStartTagClose,      // ">"
  kStartTagCloseVoid,  // "/>"
  kStartTagClosePi,    // "?>"
  kEndTag,             // "</name>"
  kAttribute,          // name="value"
  kText,
};

// A range of the lexer's buffer.
struct XmlSpan {
  size_t pos = 0;
  size_t len = 0;
  bool present = false;  // an attribute without "=" has no value at all
};

struct XmlTokenData {
  XmlToken type = XmlToken::kError;
  XmlSpan data;      // the whole token
  XmlSpan text;      // tag or attribute name, comment/CDATA/doctype body, text
  XmlSpan attr_val;  // an attribute's value with its quotes
};

class XmlLexer {
 public:
  explicit XmlLexer(std::string* buffer) : buf_(*buffer) {}

  XmlTokenData Next();
  // The NUL byte error, once the lexer has returned kError for it; OK at the end of input.
  const Status& error() const { return error_; }

 private:
  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < buf_.size() ? buf_[pos_ + ahead] : '\0';
  }
  bool AtEnd() const { return pos_ >= buf_.size(); }
  bool At(std::string_view s) const;
  // Whether the byte at the read position `c` ends a tag name, attribute name or bare value.
  bool EndsTagWord(char c) const;
  XmlSpan Span(size_t from, size_t to) const { return {from, to - from, true}; }
  XmlTokenData Shift(XmlToken type);
  XmlTokenData Fail();
  XmlTokenData ShiftDoctype();
  // A comment or CDATA section: up to `terminator`, its text after the `opener` bytes.
  XmlTokenData ShiftUntil(std::string_view terminator, size_t opener, XmlToken type,
                          bool text_at_end);
  XmlTokenData ShiftStartTag(XmlToken type);
  XmlTokenData ShiftAttribute();
  XmlTokenData ShiftEndTag();

  std::string& buf_;
  size_t pos_ = 0;
  size_t start_ = 0;
  bool in_tag_ = false;
  XmlSpan text_;
  XmlSpan attr_val_;
  Status error_;
};

}  // namespace kiln::minify

#endif  // KILN_MINIFY_XML_LEXER_H_
