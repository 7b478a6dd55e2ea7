#include "minify/xml_minifier.h"

#include "minify/ascii.h"
#include "minify/xml_lexer.h"
#include "minify/xml_text.h"
#include "minify/xml_token_buffer.h"

namespace kiln::minify {
namespace {

bool IsAllSpace(std::string_view s) {
  for (char c : s) {
    if (!IsAsciiSpace(c)) return false;
  }
  return true;
}

class XmlMinifier {
 public:
  explicit XmlMinifier(std::string_view input) : buf_(input), lexer_(&buf_), tokens_(&lexer_) {}

  StatusOr<std::string> Run();

 private:
  std::string_view View(const XmlSpan& s) const {
    return std::string_view(buf_).substr(s.pos, s.len);
  }
  void WriteText(std::string_view text);
  void WriteAttribute(const XmlTokenData& t);

  std::string buf_;  // the input, rewritten in place as upstream does
  XmlLexer lexer_;
  XmlTokenBuffer tokens_;
  std::string out_;
  bool omit_space_ = true;  // the next text must not start with a space
};

StatusOr<std::string> XmlMinifier::Run() {
  out_.reserve(buf_.size());
  std::string cdata_text;
  while (true) {
    XmlTokenData t = tokens_.Shift();
    bool cdata_as_text = false;
    if (t.type == XmlToken::kCdata) {
      if (t.text.len == 0) continue;
      cdata_as_text = CdataAsText(View(t.text), &cdata_text);
    }
    switch (t.type) {
      case XmlToken::kError:
        if (!lexer_.error().ok()) return lexer_.error();
        return std::move(out_);
      case XmlToken::kDoctype:
      case XmlToken::kStartTagPi:
      case XmlToken::kStartTagCloseVoid:
      case XmlToken::kStartTagClosePi:
      case XmlToken::kStartTag:
        out_ += View(t.data);
        break;
      case XmlToken::kCdata:
        if (cdata_as_text) {
          XmlRange r = CollapseXmlText(cdata_text.data(), cdata_text.size(), true);
          WriteText(std::string_view(cdata_text).substr(r.offset, r.len));
          break;
        }
        out_ += View(t.data);
        if (t.text.len > 0 && IsAsciiSpace(buf_[t.text.pos + t.text.len - 1])) omit_space_ = true;
        break;
      case XmlToken::kText: {
        XmlRange r = CollapseXmlText(&buf_[t.data.pos], t.data.len, true);
        WriteText(std::string_view(buf_).substr(t.data.pos + r.offset, r.len));
        break;
      }
      case XmlToken::kAttribute:
        WriteAttribute(t);
        break;
      case XmlToken::kStartTagClose: {
        // <x></x> and <x> </x> become <x/>.
        const XmlTokenData* next = &tokens_.Peek(0);
        bool skip_extra = false;
        if (next->type == XmlToken::kText && IsAllSpace(View(next->data))) {
          next = &tokens_.Peek(1);
          skip_extra = true;
        }
        if (next->type == XmlToken::kEndTag) {
          tokens_.Shift();
          if (skip_extra) tokens_.Shift();
          out_ += "/>";
        } else {
          out_ += View(t.data);
        }
        break;
      }
      case XmlToken::kEndTag:
        if (t.data.len > 3 + t.text.len) {
          buf_[t.data.pos + 2 + t.text.len] = '>';
          t.data.len = 3 + t.text.len;
        }
        out_ += View(t.data);
        break;
      case XmlToken::kComment:
        break;
    }
  }
}

// Writes collapsed text, dropping a space at its start after a tag or space and a space at
// its end before a tag, the end of input, or text that starts with a space itself.
void XmlMinifier::WriteText(std::string_view text) {
  if (omit_space_ && !text.empty() && IsAsciiSpace(text[0])) text.remove_prefix(1);
  omit_space_ = false;
  if (text.empty()) {
    omit_space_ = true;
  } else if (IsAsciiSpace(text.back())) {
    omit_space_ = true;
    for (size_t i = 0;; ++i) {
      const XmlTokenData& next = tokens_.Peek(i);
      bool trim = false;
      bool decided = true;
      switch (next.type) {
        case XmlToken::kError:
        case XmlToken::kStartTag:
        case XmlToken::kEndTag:
          trim = true;
          break;
        case XmlToken::kText:
          trim = next.data.len > 0 && IsAsciiSpace(buf_[next.data.pos]);
          break;
        case XmlToken::kCdata:
          trim = next.text.len > 0 && IsAsciiSpace(buf_[next.text.pos]);
          break;
        default:
          decided = false;
          break;
      }
      if (!decided) continue;
      if (trim) {
        text.remove_suffix(1);
        omit_space_ = false;
      }
      break;
    }
  }
  out_ += text;
}

void XmlMinifier::WriteAttribute(const XmlTokenData& t) {
  out_ += ' ';
  out_ += View(t.text);
  out_ += '=';
  if (t.attr_val.len < 2) {
    out_ += View(t.attr_val);  // also for a missing value: upstream still writes "name="
    return;
  }
  // Upstream drops the first and last byte whether or not they are quotes.
  XmlRange r = ReplaceXmlEntities(&buf_[t.attr_val.pos + 1], t.attr_val.len - 2);
  out_ += QuoteXmlAttr(std::string_view(buf_).substr(t.attr_val.pos + 1 + r.offset, r.len));
}

}  // namespace

StatusOr<std::string> MinifyXml(std::string_view xml) { return XmlMinifier(xml).Run(); }

}  // namespace kiln::minify
