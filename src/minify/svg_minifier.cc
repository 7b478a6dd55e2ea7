#include "minify/svg_minifier.h"

#include <deque>

#include "minify/ascii.h"
#include "minify/css_minifier.h"
#include "minify/css_tables.h"
#include "minify/minify.h"
#include "minify/number.h"
#include "minify/svg_path.h"
#include "minify/xml_lexer.h"
#include "minify/xml_text.h"

namespace kiln::minify {
namespace {

// A token with what the SVG minifier needs ready: its name, and an attribute value without
// quotes, with whitespace collapsed and entities replaced (inside the buffer, as upstream).
struct SvgToken {
  XmlTokenData t;
  std::string name;
  std::string value;
  size_t value_pos = 0;  // where the value's bytes sit in the buffer
  bool has_value = false;
};

class SvgTokenBuffer {
 public:
  SvgTokenBuffer(XmlLexer* lexer, std::string* buf) : lexer_(*lexer), buf_(*buf) {}

  SvgToken& Peek(size_t ahead) {
    while (queue_.size() <= ahead) {
      if (!queue_.empty() && queue_.back().t.type == XmlToken::kError) return queue_.back();
      queue_.push_back(Read());
    }
    return queue_[ahead];
  }

  SvgToken Shift() {
    if (queue_.empty()) return Read();
    SvgToken t = std::move(queue_.front());
    queue_.pop_front();
    return t;
  }

  // The last of the attributes about to come that is named `name`, or null.
  SvgToken* Attribute(std::string_view name) {
    SvgToken* found = nullptr;
    for (size_t i = 0; Peek(i).t.type == XmlToken::kAttribute; ++i) {
      if (Peek(i).name == name) found = &Peek(i);
    }
    return found;
  }

 private:
  SvgToken Read() {
    SvgToken s;
    s.t = lexer_.Next();
    if (s.t.type == XmlToken::kAttribute || s.t.type == XmlToken::kStartTag ||
        s.t.type == XmlToken::kEndTag) {
      s.name = buf_.substr(s.t.text.pos, s.t.text.len);
    }
    if (s.t.type == XmlToken::kAttribute && s.t.attr_val.present) {
      s.has_value = true;
      size_t pos = s.t.attr_val.pos;
      size_t len = s.t.attr_val.len;
      s.value_pos = pos;
      if (len > 1 && (buf_[pos] == '"' || buf_[pos] == '\'')) {
        XmlRange r = CollapseXmlText(&buf_[pos + 1], len - 2, false);
        std::string_view collapsed = std::string_view(buf_).substr(pos + 1 + r.offset, r.len);
        std::string_view trimmed = TrimAsciiSpace(collapsed);
        s.value_pos = pos + 1 + r.offset + (trimmed.data() - collapsed.data());
        s.value = std::string(trimmed);
      } else {
        s.value = buf_.substr(pos, len);
      }
    }
    return s;
  }

  XmlLexer& lexer_;
  std::string& buf_;
  std::deque<SvgToken> queue_;
};

// The number and unit lengths of a dimension at the start of s ("10.5px" → 4, 2).
std::pair<size_t, size_t> Dimension(std::string_view s) {
  size_t num = NumberPrefixLength(s);
  if (num == 0 || num == s.size()) return {num, 0};
  if (s[num] == '%') return {num, 1};
  auto letter = [&](size_t k) {
    return k < s.size() && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'));
  };
  if (!letter(num)) return {num, 0};
  size_t end = num + 1;
  while (letter(end)) ++end;
  return {num, end - num};
}

// A length with its number shortened and "px" dropped; the bytes of s it used (0 for none).
// `in_place`, when given, receives s as upstream leaves it after working inside it.
std::pair<std::string, size_t> ShortenDimension(std::string_view s,
                                                std::string* in_place = nullptr) {
  if (in_place != nullptr) in_place->assign(s);
  auto [n, m] = Dimension(s);
  if (n == 0) return {std::string(s), 0};
  std::string bytes;
  size_t start;
  std::string number = ShortNumber(s.substr(0, n), &bytes, &start);
  bytes += s.substr(n);
  if (number != "0") {
    std::string unit(s.substr(n, m));
    if (unit == "px") {
      unit.clear();
    } else if (m > 1) {
      LowerAsciiInPlace(unit);
      bytes.replace(n, m, unit);
    }
    number += unit;
    // The unit is appended right behind the shortened number, over what was there.
    size_t at = start + number.size() - unit.size();
    if (at < bytes.size()) {
      size_t fits = std::min(unit.size(), bytes.size() - at);
      bytes.replace(at, fits, unit.substr(0, fits));
    }
  }
  if (in_place != nullptr) *in_place = std::move(bytes);
  return {number, n + m};
}

bool IsColorAttribute(std::string_view name) {
  return name == "color" || name == "fill" || name == "stroke" || name == "stop-color" ||
         name == "flood-color" || name == "lighting-color";
}

// Attribute values that are the default and may go.
bool IsDefaultAttribute(std::string_view tag, std::string_view attr, std::string_view val) {
  if (attr == "xml:space" && val == "preserve") return true;
  if (tag == "style" && attr == "type" && val == "text/css") return true;
  if (tag != "svg") return false;
  return (attr == "version" && val == "1.1") || (attr == "x" && val == "0") ||
         (attr == "y" && val == "0") || (attr == "preserveAspectRatio" && val == "xMidYMid meet") ||
         (attr == "baseProfile" && val == "none") ||
         (attr == "contentScriptType" && val == "application/ecmascript") ||
         (attr == "contentStyleType" && val == "text/css");
}

// "text/css; charset = x" → "text/css;charset=x": whitespace outside quotes out, lower-cased.
std::string CompactMediaType(std::string_view s) {
  std::string out;
  bool in_string = false;
  for (char c : s) {
    if (!in_string && IsAsciiSpace(c)) continue;
    if (c == '"') in_string = !in_string;
    out += AsciiLower(c);
  }
  return out;
}

class SvgMinifier {
 public:
  explicit SvgMinifier(std::string_view input)
      : buf_(input), lexer_(&buf_), tokens_(&lexer_, &buf_) {}

  StatusOr<std::string> Run();

 private:
  std::string_view View(const XmlSpan& s) const {
    return std::string_view(buf_).substr(s.pos, s.len);
  }
  // Minifies style content with the document's style type; nullopt-like false when that type
  // has no minifier and the content stays as it is.
  StatusOr<std::string> MinifyStyle(std::string_view css, bool is_inline, bool* minified);
  // Mirrors upstream's in-place work on an attribute value into the buffer.
  void WriteBack(const SvgToken& a, std::string_view bytes) {
    buf_.replace(a.value_pos, std::min(bytes.size(), a.value.size()),
                 bytes.substr(0, a.value.size()));
  }
  Status WriteAttribute(SvgToken& a);
  bool RectIsEmpty();
  void SkipElement();
  void CopyElement(std::string_view tag);

  std::string buf_;
  XmlLexer lexer_;
  SvgTokenBuffer tokens_;
  std::string out_;
  std::string tag_;
  std::string style_type_ = "text/css";
};

StatusOr<std::string> SvgMinifier::MinifyStyle(std::string_view css, bool is_inline,
                                               bool* minified) {
  // Upstream looks the style type up as written, parameters and all.
  Kind kind = style_type_.find_first_of("; ") != std::string::npos ? Kind::kNone
                                                                   : KindForMediaType(style_type_);
  *minified = kind != Kind::kNone;
  if (kind == Kind::kNone) return std::string(css);
  if (kind == Kind::kCss) return is_inline ? MinifyCssInline(css) : MinifyCss(css);
  return Minify(kind, css);
}

StatusOr<std::string> SvgMinifier::Run() {
  out_.reserve(buf_.size());
  while (true) {
    SvgToken s = tokens_.Shift();
    XmlTokenData& t = s.t;
    switch (t.type) {
      case XmlToken::kError:
        if (!lexer_.error().ok()) return lexer_.error();
        return std::move(out_);
      case XmlToken::kComment:
      case XmlToken::kStartTagClosePi:
        break;
      case XmlToken::kDoctype:
        // Only a doctype with an internal subset says something.
        if (t.text.len > 0 && buf_[t.text.pos + t.text.len - 1] == ']') out_ += View(t.data);
        break;
      case XmlToken::kText: {
        XmlRange r = CollapseXmlText(&buf_[t.data.pos], t.data.len, false);
        std::string_view text =
            TrimAsciiSpace(std::string_view(buf_).substr(t.data.pos + r.offset, r.len));
        if (tag_ == "style" && !text.empty()) {
          bool minified;
          ASSIGN_OR_RETURN(std::string css, MinifyStyle(text, false, &minified));
          out_ += css;
        } else {
          out_ += text;
        }
        break;
      }
      case XmlToken::kCdata: {
        std::string text(View(t.text));
        std::string data(View(t.data));
        if (tag_ == "style") {
          bool minified;
          ASSIGN_OR_RETURN(std::string css, MinifyStyle(text, false, &minified));
          if (minified) {
            text = css;
            data = "<![CDATA[" + css + "]]>";
          }
        }
        std::string as_text;
        if (CdataAsText(text, &as_text)) {
          out_ += TrimAsciiSpace(CollapseAsciiSpace(as_text));
        } else {
          out_ += data;
        }
        break;
      }
      case XmlToken::kStartTagPi:
        // Processing instructions go, up to their "?>".
        while (true) {
          XmlToken type = tokens_.Shift().t.type;
          if (type == XmlToken::kStartTagClosePi || type == XmlToken::kError) break;
        }
        break;
      case XmlToken::kStartTag:
        tag_ = s.name;
        if (tag_ == "metadata" || (tag_ == "rect" && RectIsEmpty())) {
          SkipElement();
        } else {
          out_ += View(t.data);
        }
        break;
      case XmlToken::kAttribute:
        RETURN_IF_ERROR(WriteAttribute(s));
        break;
      case XmlToken::kStartTagClose: {
        const SvgToken* next = &tokens_.Peek(0);
        bool skip_extra = false;
        if (next->t.type == XmlToken::kText) {
          std::string_view text = View(next->t.data);
          if (TrimAsciiSpace(text).empty()) {
            next = &tokens_.Peek(1);
            skip_extra = true;
          }
        }
        if (next->t.type == XmlToken::kEndTag) {
          tokens_.Shift();
          if (skip_extra) tokens_.Shift();
          out_ += "/>";
        } else {
          out_ += View(t.data);
        }
        if (tag_ == "foreignObject") CopyElement(tag_);
        break;
      }
      case XmlToken::kStartTagCloseVoid:
        tag_.clear();
        out_ += View(t.data);
        break;
      case XmlToken::kEndTag:
        tag_.clear();
        if (t.data.len > 3 + t.text.len) {
          buf_[t.data.pos + 2 + t.text.len] = '>';
          t.data.len = 3 + t.text.len;
        }
        out_ += View(t.data);
        break;
    }
  }
}

Status SvgMinifier::WriteAttribute(SvgToken& a) {
  if (!a.has_value || a.value.empty()) return Status::Ok();  // a bare attribute goes
  const std::string& attr = a.name;
  std::string val = a.value;
  if (auto [n, m] = Dimension(val); n + m == val.size() && attr != "version") {
    std::string bytes;
    val = ShortenDimension(val, &bytes).first;
    WriteBack(a, bytes);
  }
  if (IsDefaultAttribute(tag_, attr, val)) return Status::Ok();
  out_ += ' ';
  out_ += attr;
  out_ += '=';
  if (tag_ == "svg" && attr == "contentStyleType") {
    val = CompactMediaType(val);
    style_type_ = val;
  } else if (attr == "style") {
    bool minified;
    ASSIGN_OR_RETURN(val, MinifyStyle(val, true, &minified));
  } else if (attr == "d") {
    std::string bytes = val;
    val = ShortenSvgPath(&bytes);
    WriteBack(a, bytes);
  } else if (attr == "viewBox") {
    // Four numbers separated by single spaces or commas; anything else is kept from there on.
    // Upstream writes the result over the value as it reads it; `bytes` mirrors that.
    std::string bytes = val;
    size_t w = 0;
    size_t j = 0;
    auto put = [&](std::string_view text) {
      size_t fits = w < bytes.size() ? std::min(text.size(), bytes.size() - w) : 0;
      std::string copy(text.substr(0, fits));
      bytes.replace(w, fits, copy);
      w += text.size();
    };
    std::string shortened;
    for (int i = 0; i < 4; ++i) {
      if (i != 0) {
        if (j >= bytes.size() || (bytes[j] != ' ' && bytes[j] != ',')) {
          std::string rest = bytes.substr(std::min(j, bytes.size()));
          shortened += rest;
          put(rest);
          break;
        }
        shortened += ' ';
        put(" ");
        ++j;
      }
      std::string in_place;
      auto [dim, used] = ShortenDimension(std::string_view(bytes).substr(j), &in_place);
      bytes.replace(j, in_place.size(), in_place);
      if (used == 0) {
        std::string rest = bytes.substr(j);
        shortened += rest;
        put(rest);
        break;
      }
      shortened += dim;
      put(dim);
      j += used;
    }
    WriteBack(a, bytes);
    val = std::move(shortened);
  } else if (IsColorAttribute(attr) && !val.empty() &&
             (val.size() < 5 || !StartsWithFold(val, "url("))) {
    LowerAsciiInPlace(val);
    if (val[0] == '#') {
      if (std::string_view name = ShorterNameForHex(val); !name.empty()) {
        val = std::string(name);
      } else if (val.size() == 7 && val[1] == val[2] && val[3] == val[4] && val[5] == val[6]) {
        val = {'#', val[1], val[3], val[5]};
      }
    } else if (std::string_view hex = ShorterHexForColorName(val); !hex.empty()) {
      val = std::string(hex);
    }
  }
  out_ += QuoteXmlAttr(val);
  return Status::Ok();
}

// A rect without a positive width or height draws nothing. Upstream shortens the numbers in
// the attributes' own bytes while checking, which later shows in what it writes for them.
bool SvgMinifier::RectIsEmpty() {
  auto size = [&](std::string_view name) -> std::string {
    SvgToken* a = tokens_.Attribute(name);
    if (a == nullptr) return "0";
    size_t n = Dimension(a->value).first;
    std::string in_place;
    std::string number = ShortNumber(std::string_view(a->value).substr(0, n), &in_place);
    a->value.replace(0, n, in_place);
    WriteBack(*a, a->value);
    return number;
  };
  std::string w = size("width");
  std::string h = size("height");
  return w.empty() || w[0] == '0' || h.empty() || h[0] == '0';
}

void SvgMinifier::SkipElement() {
  int level = 0;
  while (true) {
    XmlToken type = tokens_.Shift().t.type;
    if (type == XmlToken::kError) return;
    if (type == XmlToken::kEndTag || type == XmlToken::kStartTagCloseVoid) {
      if (level == 0) return;
      --level;
    } else if (type == XmlToken::kStartTag) {
      ++level;
    }
  }
}

// Copies the content of a foreignObject as it is, up to its end tag.
void SvgMinifier::CopyElement(std::string_view tag) {
  int level = 0;
  bool in_start_tag = false;
  while (true) {
    const SvgToken& s = tokens_.Peek(0);
    switch (s.t.type) {
      case XmlToken::kError:
        return;
      case XmlToken::kStartTag:
        in_start_tag = s.name == tag;
        if (in_start_tag) ++level;
        break;
      case XmlToken::kStartTagCloseVoid:
        if (in_start_tag) {
          if (level == 0) return;
          --level;
        }
        break;
      case XmlToken::kEndTag:
        if (s.name == tag) {
          if (level == 0) return;
          --level;
        }
        break;
      default:
        break;
    }
    out_ += View(s.t.data);
    tokens_.Shift();
  }
}

}  // namespace

StatusOr<std::string> MinifySvg(std::string_view svg) { return SvgMinifier(svg).Run(); }

}  // namespace kiln::minify
