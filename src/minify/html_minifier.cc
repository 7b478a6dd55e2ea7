#include "minify/html_minifier.h"

#include <optional>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "minify/data_uri.h"
#include "minify/html_lexer.h"
#include "minify/html_tables.h"
#include "minify/html_text.h"
#include "minify/html_viewport.h"

namespace kiln::minify {
namespace {

using TT = HtmlTokenType;

// A lexer token with what the rules look at: its element or attribute traits, and for
// attributes whether an earlier rule dropped it.
struct Token {
  HtmlToken tok;
  std::string attr_val;  // an attribute's value without its quotes; rules may rewrite it
  uint16_t traits = 0;
  bool removed = false;

  TT type() const { return tok.type; }
  std::string_view name() const { return tok.text; }
};

// Tokens with look-ahead: the rules peek past the current token to decide about
// whitespace and about attributes of the current tag.
class TokenBuffer {
 public:
  explicit TokenBuffer(std::string_view input) : lexer_(input) {}

  Token& Peek(size_t i) {
    while (pos_ + i >= buf_.size()) {
      if (!buf_.empty() && buf_.back().type() == TT::kError) return buf_.back();
      buf_.push_back(Read());
    }
    return buf_[pos_ + i];
  }

  Token Shift() {
    if (pos_ >= buf_.size()) return Read();
    Token t = std::move(buf_[pos_]);
    if (++pos_ == buf_.size()) {
      buf_.clear();
      pos_ = 0;
    }
    return t;
  }

  // The attributes of the tag just shifted, by name; the last one wins for duplicates. The
  // pointers hold until the next Peek or Shift.
  std::vector<Token*> Attributes(std::initializer_list<std::string_view> names) {
    size_t count = 0;
    while (Peek(count).type() == TT::kAttribute) ++count;
    std::vector<Token*> found(names.size(), nullptr);
    for (size_t n = 0; n < count; ++n) {
      Token& attr = buf_[pos_ + n];
      size_t j = 0;
      for (std::string_view name : names) {
        if (attr.name() == name) found[j] = &attr;
        ++j;
      }
    }
    return found;
  }

  const HtmlLexer& lexer() const { return lexer_; }

 private:
  Token Read() {
    Token t;
    t.tok = lexer_.Next();
    if (t.type() == TT::kAttribute) {
      std::string_view val = t.tok.attr_val;
      if (val.size() > 1 && (val[0] == '"' || val[0] == '\'')) {
        val = val.substr(1, val.size() - 2);  // the quotes are chosen anew on output
      }
      t.attr_val = std::string(val);
      t.traits = HtmlAttrTraits(t.name());
    } else if (t.type() == TT::kStartTag || t.type() == TT::kEndTag) {
      t.traits = HtmlTagTraits(t.name());
    }
    return t;
  }

  HtmlLexer lexer_;
  std::vector<Token> buf_;  // peeked tokens from pos_ on; references last until the next Peek
  size_t pos_ = 0;
};

Status WithOffset(Status status, size_t offset) {
  if (status.ok()) return status;
  return Status(status.code(), status.message() + " (at byte " + std::to_string(offset) + ")");
}

// Runs an embedded minifier; on kNotFound keeps `in` as written.
Status Embed(const EmbeddedMinifier& embedded, std::string_view media_type,
             const MediaParams& params, std::string_view in, std::string* out) {
  if (!embedded) {
    out->append(in);
    return Status::Ok();
  }
  size_t mark = out->size();
  Status status = embedded(media_type, params, in, out);
  if (status.code() == StatusCode::kNotFound) {
    out->resize(mark);
    out->append(in);
    return Status::Ok();
  }
  return status;
}

bool IsRdfaAttr(std::string_view name) {
  return name == "vocab" || name == "typeof" || name == "property" || name == "resource" ||
         name == "prefix" || name == "content" || name == "about" || name == "rev" ||
         name == "datatype" || name == "inlist";
}

bool IsDefaultAttrVal(std::string_view tag, std::string_view attr, std::string_view val) {
  if (attr == "type") {
    return (tag == "script" && (val == "text/javascript" || val == "application/javascript")) ||
           ((tag == "style" || tag == "link") && val == "text/css") ||
           (tag == "input" && val == "text") || (tag == "button" && val == "submit");
  }
  return (attr == "language" && tag == "script") || (attr == "method" && val == "get") ||
         (attr == "enctype" && val == "application/x-www-form-urlencoded") ||
         ((attr == "colspan" || attr == "rowspan" || attr == "span" || attr == "frameborder") &&
          val == "1") ||
         (attr == "shape" && val == "rect") || (attr == "clear" && val == "none") ||
         (attr == "scrolling" && val == "auto") || (attr == "valuetype" && val == "data") ||
         (attr == "media" && tag == "style" && val == "all");
}

bool OmitsEndTagAlways(std::string_view tag) {
  return tag == "thead" || tag == "tbody" || tag == "tfoot" || tag == "tr" || tag == "th" ||
         tag == "td" || tag == "option" || tag == "dd" || tag == "dt" || tag == "li" ||
         tag == "rb" || tag == "rt" || tag == "rtc" || tag == "rp";
}

class HtmlMinifier {
 public:
  HtmlMinifier(const HtmlMinifyOptions& options, const EmbeddedMinifier& embedded, std::string* out)
      : o_(options), embedded_(embedded), w_(*out) {}

  Status Run(std::string_view in);

 private:
  Status Comment(const Token& t);
  Status Text(Token& t);
  Status Tag(Token& t);
  void EndTag(Token& t);
  void PrepareAttributes(const Token& t);
  Status WriteAttributes(const Token& t);
  Status MinifyAttrVal(const Token& t, const Token& attr, std::string* val, bool* drop);

  const HtmlMinifyOptions& o_;
  const EmbeddedMinifier& embedded_;
  std::string& w_;
  TokenBuffer* tb_ = nullptr;
  std::string raw_tag_;  // the open raw-text element whose content comes next, if any
  std::string raw_tag_media_type_;
  bool omit_space_ = true;  // drop the next leading space
  bool in_pre_ = false;
};

Status HtmlMinifier::Run(std::string_view in) {
  TokenBuffer tb(in);
  tb_ = &tb;
  for (;;) {
    Token t = tb.Shift();
    switch (t.type()) {
      case TT::kError:
        if (tb.lexer().failed()) {
          return Status(StatusCode::kInvalidArgument,
                        "HTML parse error: unexpected NULL character (at byte " +
                            std::to_string(tb.lexer().failed_offset()) + ")");
        }
        return Status::Ok();
      case TT::kDoctype:
        w_ += "<!doctype html>";
        break;
      case TT::kComment:
        RETURN_IF_ERROR(Comment(t));
        break;
      case TT::kSvg:
        RETURN_IF_ERROR(
            WithOffset(Embed(embedded_, "image/svg+xml", {}, t.tok.data, &w_), t.tok.offset));
        break;
      case TT::kMath:
        RETURN_IF_ERROR(WithOffset(Embed(embedded_, "application/mathml+xml", {}, t.tok.data, &w_),
                                   t.tok.offset));
        break;
      case TT::kText:
        RETURN_IF_ERROR(Text(t));
        break;
      case TT::kStartTag:
      case TT::kEndTag:
        RETURN_IF_ERROR(Tag(t));
        break;
      default:
        break;  // stray attribute and tag-close tokens do not occur outside a tag
    }
  }
}

Status HtmlMinifier::Comment(const Token& t) {
  std::string_view text = t.tok.text;
  std::string_view data = t.tok.data;
  if (o_.keep_comments) {
    w_ += data;
  } else if (o_.keep_conditional_comments && text.size() > 6 &&
             (text.starts_with("[if ") || text.ends_with("[endif]") ||
              text.ends_with("[endif]--"))) {
    constexpr std::string_view kEnd = "<![endif]-->";
    if (data.starts_with("<!--[if ") && data.ends_with(kEnd)) {
      // Downlevel-hidden: the markup inside is minified on its own.
      size_t begin = data.find('>') + 1;
      size_t end = data.size() - kEnd.size();
      w_.append(data, 0, begin);
      if (begin < end) {
        HtmlMinifier inner(o_, embedded_, &w_);
        RETURN_IF_ERROR(WithOffset(inner.Run(data.substr(begin, end - begin)), t.tok.offset));
      }
      w_.append(data, end < begin ? begin : end);
    } else {
      w_ += data;
    }
  } else if (text.size() > 1 && text[0] == '#') {
    w_ += data;  // server-side include
  }
  return Status::Ok();
}

Status HtmlMinifier::Text(Token& t) {
  std::string_view raw = t.tok.data;
  if (!raw_tag_.empty()) {
    if (raw_tag_ == "style" || raw_tag_ == "script" || raw_tag_ == "iframe") {
      std::string media_type;
      MediaParams params;
      if (raw_tag_ == "iframe") {
        media_type = "text/html";
      } else if (!raw_tag_media_type_.empty()) {
        media_type = SplitMediaType(raw_tag_media_type_, &params);
      } else if (raw_tag_ == "script") {
        media_type = "application/javascript";
      } else {
        media_type = "text/css";
      }
      return WithOffset(Embed(embedded_, media_type, params, raw, &w_), t.tok.offset);
    }
    w_ += raw;
    return Status::Ok();
  }
  if (in_pre_) {
    w_ += raw;
    return Status::Ok();
  }
  std::string data = CollapseWhitespaceAndEntities(std::string(raw), /*keep_lt=*/true);
  if (omit_space_ && !data.empty() && IsHtmlSpace(data[0])) data.erase(0, 1);
  omit_space_ = false;
  if (data.empty()) {
    omit_space_ = true;
  } else if (IsHtmlSpace(data.back())) {
    omit_space_ = true;
    // Whether the trailing space survives depends on what follows.
    for (size_t i = 0;; ++i) {
      const Token& next = tb_->Peek(i);
      if (next.type() == TT::kError) {
        data.pop_back();
        omit_space_ = false;
        break;
      }
      if (next.type() == TT::kText) {
        // Only after a comment, doctype or phrasing end tag: the next text's own leading
        // space will do.
        if (!next.tok.data.empty() && IsHtmlSpace(next.tok.data[0])) {
          data.pop_back();
          omit_space_ = false;
        }
        break;
      }
      if (next.type() == TT::kStartTag || next.type() == TT::kEndTag) {
        if (o_.keep_whitespace) break;
        if (next.traits & kTagNonPhrasing) {
          data.pop_back();
          omit_space_ = false;
          break;
        }
        if (next.type() == TT::kStartTag) break;
      }
    }
  }
  w_ += data;
  return Status::Ok();
}

Status HtmlMinifier::Tag(Token& t) {
  raw_tag_.clear();
  bool has_attributes = false;
  std::string_view name = t.name();
  if (t.type() == TT::kStartTag) {
    has_attributes = tb_->Peek(0).type() == TT::kAttribute;
    if (t.traits & kTagRaw) {
      // Empty <script></script> and <style></style> go entirely.
      if (!has_attributes && (name == "script" || name == "style") &&
          tb_->Peek(1).type() == TT::kEndTag) {
        tb_->Shift();
        tb_->Shift();
        return Status::Ok();
      }
      raw_tag_ = name;
      raw_tag_media_type_.clear();
      // <style amp-boilerplate> must stay byte for byte.
      if (has_attributes && name == "style" && tb_->Attributes({"amp-boilerplate"})[0]) {
        raw_tag_.clear();
      }
    }
  } else if (name == "template") {
    omit_space_ = true;
  }

  if (name == "pre") in_pre_ = t.type() == TT::kStartTag;

  if (!has_attributes &&
      ((!o_.keep_document_tags && (name == "html" || name == "head" || name == "body")) ||
       name == "colgroup")) {
    return Status::Ok();
  }
  if (t.type() == TT::kEndTag) {
    EndTag(t);
    return Status::Ok();
  }

  if (o_.keep_whitespace || (t.traits & kTagObject)) {
    omit_space_ = false;
  } else if (t.traits & kTagNonPhrasing) {
    omit_space_ = true;
  }

  w_ += t.tok.data;
  if (has_attributes) {
    PrepareAttributes(t);
    RETURN_IF_ERROR(WriteAttributes(t));
  } else {
    tb_->Shift();  // the tag's ">" or "/>"
  }
  w_ += '>';

  // Whitespace directly inside <select> and <optgroup> means nothing.
  if ((name == "select" || name == "optgroup") && tb_->Peek(0).type() == TT::kText) {
    tb_->Shift();
  }
  // A space after an empty phrasing element (<i class="icon"></i> ) is kept.
  if (!(t.traits & kTagNonPhrasing)) {
    const Token& next = tb_->Peek(0);
    if (next.type() == TT::kEndTag && next.name() == name) omit_space_ = false;
  }
  return Status::Ok();
}

void HtmlMinifier::EndTag(Token& t) {
  std::string_view name = t.name();
  bool omit_end_tag = false;
  if (!o_.keep_end_tags) {
    if (OmitsEndTagAlways(name)) {
      omit_end_tag = true;
    } else if (name == "p") {
      for (size_t i = 0;; ++i) {
        const Token& next = tb_->Peek(i);
        if (next.type() == TT::kText && IsAllHtmlSpace(next.tok.data)) continue;
        if (next.type() == TT::kError ||
            (next.type() == TT::kEndTag && !(next.traits & kTagKeepP)) ||
            (next.type() == TT::kStartTag && (next.traits & kTagOmitP))) {
          omit_end_tag = true;
        }
        break;
      }
    } else if (name == "optgroup") {
      for (size_t i = 0;; ++i) {
        const Token& next = tb_->Peek(i);
        if (next.type() == TT::kText) continue;
        if (next.type() == TT::kError || next.name() != "option") omit_end_tag = true;
        break;
      }
    }
  }

  if (t.traits & kTagNonPhrasing) {
    omit_space_ = true;
  } else if (o_.keep_whitespace || (t.traits & kTagObject)) {
    omit_space_ = false;
  }

  if (!omit_end_tag) {
    std::string_view data = t.tok.data;
    if (data.size() > 3 + name.size()) {  // "</p  >" → "</p>"
      w_ += data.substr(0, 2 + name.size());
      w_ += '>';
    } else {
      w_ += data;
    }
  }
  if ((name == "option" || name == "optgroup") && tb_->Peek(0).type() == TT::kText) {
    tb_->Shift();
  }
}

// Rules that look at several attributes of one tag at once.
void HtmlMinifier::PrepareAttributes(const Token& t) {
  std::string_view name = t.name();
  if (name == "meta") {
    std::vector<Token*> attrs = tb_->Attributes({"content", "http-equiv", "charset", "name"});
    Token* content = attrs[0];
    if (content == nullptr) return;
    if (Token* http_equiv = attrs[1]) {
      http_equiv->attr_val = std::string(TrimHtmlSpace(http_equiv->attr_val));
      if (attrs[2] == nullptr && EqualsIgnoreAsciiCase(http_equiv->attr_val, "content-type")) {
        content->attr_val = MinifyMediaType(content->attr_val);
        if (content->attr_val == "text/html;charset=utf-8") {
          http_equiv->removed = true;
          content->tok.text = "charset";
          content->attr_val = "utf-8";
        }
      }
    }
    if (Token* meta_name = attrs[3]) {
      meta_name->attr_val = std::string(TrimHtmlSpace(meta_name->attr_val));
      if (EqualsIgnoreAsciiCase(meta_name->attr_val, "keywords")) {
        std::string& v = content->attr_val;
        for (size_t i = v.find(", "); i != std::string::npos; i = v.find(", ", i + 1)) {
          v.erase(i + 1, 1);
        }
      } else if (EqualsIgnoreAsciiCase(meta_name->attr_val, "viewport")) {
        content->attr_val = MinifyViewport(content->attr_val);
      }
    }
  } else if (name == "script") {
    std::vector<Token*> attrs = tb_->Attributes({"src", "charset"});
    if (attrs[0] != nullptr && attrs[1] != nullptr) attrs[1]->removed = true;
  } else if (name == "input") {
    std::vector<Token*> attrs = tb_->Attributes({"type", "value"});
    if (attrs[0] != nullptr && attrs[1] != nullptr) {
      bool radio = EqualsIgnoreAsciiCase(attrs[0]->attr_val, "radio");
      const std::string& value = attrs[1]->attr_val;
      if ((!radio && value.empty()) || (radio && EqualsIgnoreAsciiCase(value, "on"))) {
        attrs[1]->removed = true;
      }
    }
  } else if (name == "a") {
    std::vector<Token*> attrs = tb_->Attributes({"id", "name"});
    if (attrs[0] != nullptr && attrs[1] != nullptr && attrs[0]->attr_val == attrs[1]->attr_val) {
      attrs[1]->removed = true;
    }
  }
}

Status HtmlMinifier::WriteAttributes(const Token& t) {
  for (;;) {
    Token attr = tb_->Shift();
    if (attr.type() != TT::kAttribute) return Status::Ok();  // consumed the ">" too
    if (attr.removed) continue;

    std::string val = attr.attr_val;
    if (attr.traits & kAttrTrim) {
      val = std::string(TrimHtmlSpace(CollapseWhitespaceAndEntities(std::move(val), false)));
    } else {
      val = ReplaceEntities(std::move(val));
    }
    if (t.traits != 0) {
      bool drop = false;
      RETURN_IF_ERROR(MinifyAttrVal(t, attr, &val, &drop));
      if (drop) continue;
    }

    w_ += ' ';
    w_ += attr.name();
    if (!val.empty() && !(attr.traits & kAttrBoolean)) {
      w_ += '=';
      char quote = 0;
      std::string_view data = attr.tok.data;
      if (!data.empty() && (data.back() == '\'' || data.back() == '"')) quote = data.back();
      w_ += QuoteAttrVal(val, quote, o_.keep_quotes, IsRdfaAttr(attr.name()));
    }
  }
}

Status HtmlMinifier::MinifyAttrVal(const Token& t, const Token& attr, std::string* val,
                                   bool* drop) {
  std::string_view tag = t.name();
  std::string_view name = attr.name();
  if (val->empty() && (name == "class" || name == "dir" || name == "id" || name == "name" ||
                       (name == "action" && tag == "form"))) {
    *drop = true;
    return Status::Ok();
  }
  if (attr.traits & kAttrCaseless) {
    *val = AsciiLower(*val);
    if (name == "enctype" || name == "codetype" || name == "accept" ||
        (name == "type" && (tag == "a" || tag == "link" || tag == "embed" || tag == "object" ||
                            tag == "source" || tag == "script" || tag == "style"))) {
      *val = MinifyMediaType(*val);
    }
  }
  if (!raw_tag_.empty() && name == "type") raw_tag_media_type_ = *val;

  if (!o_.keep_default_attr_vals && IsDefaultAttrVal(tag, name, *val)) {
    *drop = true;
    return Status::Ok();
  }

  if (name == "style") {
    std::string_view trimmed = TrimHtmlSpace(*val);
    std::string css;
    Status status = embedded_ ? embedded_("text/css", {{"inline", "1"}}, trimmed, &css)
                              : Status(StatusCode::kNotFound, "");
    if (status.ok()) {
      *val = std::move(css);
    } else if (status.code() == StatusCode::kNotFound) {
      *val = std::string(trimmed);
    } else {
      return WithOffset(std::move(status), attr.tok.offset);
    }
    *drop = val->empty();
  } else if (name.size() > 2 && name[0] == 'o' && name[1] == 'n') {
    std::string_view trimmed = TrimHtmlSpace(*val);
    if (trimmed.size() >= 11 && EqualsIgnoreAsciiCase(trimmed.substr(0, 11), "javascript:")) {
      trimmed.remove_prefix(11);
    }
    std::string js;
    Status status = embedded_ ? embedded_("application/javascript", {}, trimmed, &js)
                              : Status(StatusCode::kNotFound, "");
    if (status.ok()) {
      *val = std::move(js);
    } else if (status.code() == StatusCode::kNotFound) {
      *val = std::string(trimmed);
    } else {
      return WithOffset(std::move(status), attr.tok.offset);
    }
    *drop = val->empty();
  } else if (attr.traits & kAttrUrl) {
    *val = std::string(TrimHtmlSpace(*val));
    if (val->size() > 5) {
      std::string& v = *val;
      if (EqualsIgnoreAsciiCase(std::string_view(v).substr(0, 4), "http")) {
        if (v[4] == ':' || ((v[4] == 's' || v[4] == 'S') && v[5] == ':')) {
          for (size_t i = 0; i < (v[4] == ':' ? 4u : 5u); ++i) {
            if ('A' <= v[i] && v[i] <= 'Z') v[i] = static_cast<char>(v[i] + ('a' - 'A'));
          }
        }
      } else if (EqualsIgnoreAsciiCase(std::string_view(v).substr(0, 5), "data:")) {
        v = MinifyDataUri(v,
                          [this](std::string_view media_type,
                                 std::string_view data) -> std::optional<std::string> {
                            MediaParams params;
                            std::string type = SplitMediaType(media_type, &params);
                            std::string minified;
                            if (!embedded_ || !embedded_(type, params, data, &minified).ok())
                              return std::nullopt;
                            return minified;
                          });
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Status MinifyHtml(std::string_view in, const HtmlMinifyOptions& options,
                  const EmbeddedMinifier& embedded, std::string* out) {
  HtmlMinifier minifier(options, embedded, out);
  return minifier.Run(in);
}

std::string SplitMediaType(std::string_view b, MediaParams* params) {
  while (!b.empty() && b[0] == ' ') b.remove_prefix(1);
  const size_t n = b.size();
  for (size_t i = 3; i < n; ++i) {  // a media type is at least three bytes long
    if (b[i] != ';' && b[i] != ' ') continue;
    std::string type(b.substr(0, i));
    if (b[i] == ' ') {
      while (i < n && b[i] == ' ') ++i;
      if (i >= n || b[i] != ';') return type;
    }
    // b[i] is a ";" that starts a parameter.
    while (i < n && b[i] == ';') {
      ++i;
      while (i < n && b[i] == ' ') ++i;
      size_t start = i;
      while (i < n && b[i] != '=' && b[i] != ';' && b[i] != ' ') ++i;
      std::string key(b.substr(start, i - start));
      while (i < n && b[i] == ' ') ++i;
      start = i;
      if (i < n && b[i] == '=') {
        ++i;
        while (i < n && b[i] == ' ') ++i;
        start = i;
        while (i < n && b[i] != ';' && b[i] != ' ') ++i;
      }
      (*params)[key] = std::string(b.substr(start, i - start));
      while (i < n && b[i] == ' ') ++i;
    }
    return type;
  }
  return std::string(b);
}

}  // namespace kiln::minify
