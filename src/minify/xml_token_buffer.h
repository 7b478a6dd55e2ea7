// A lookahead queue over an XmlLexer, as the XML and SVG minifiers use to decide on a token
// by the ones after it. Once the lexer has returned kError, peeking further returns that
// token again. Borrows the lexer; not thread-safe.
#ifndef KILN_MINIFY_XML_TOKEN_BUFFER_H_
#define KILN_MINIFY_XML_TOKEN_BUFFER_H_

#include <deque>

#include "minify/xml_lexer.h"

namespace kiln::minify {

class XmlTokenBuffer {
 public:
  explicit XmlTokenBuffer(XmlLexer* lexer) : lexer_(*lexer) {}

  // The token `ahead` places after the next one to Shift().
  const XmlTokenData& Peek(size_t ahead) {
    while (queue_.size() <= ahead) {
      if (!queue_.empty() && queue_.back().type == XmlToken::kError) return queue_.back();
      queue_.push_back(lexer_.Next());
    }
    return queue_[ahead];
  }

  XmlTokenData Shift() {
    if (queue_.empty()) return lexer_.Next();
    XmlTokenData t = queue_.front();
    queue_.pop_front();
    return t;
  }

 private:
  XmlLexer& lexer_;
  std::deque<XmlTokenData> queue_;
};

}  // namespace kiln::minify

#endif  // KILN_MINIFY_XML_TOKEN_BUFFER_H_
