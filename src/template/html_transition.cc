// html/template's state machine over literal template text (Go's transition.go, context.go,
// and the context helpers of css.go and js.go).
#include <algorithm>
#include <array>
#include <cstring>

#include "base/html_unescape.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "template/html_context.h"
#include "value/go_format.h"

namespace kiln::tmpl {

namespace {

constexpr std::array<const char*, 27> kStateNames = {
    "stateText",       "stateTag",       "stateAttrName", "stateAfterName",   "stateBeforeValue",
    "stateHTMLCmt",    "stateRCDATA",    "stateAttr",     "stateURL",         "stateSrcset",
    "stateJS",         "stateJSDqStr",   "stateJSSqStr",  "stateJSBqStr",     "stateJSRegexp",
    "stateJSBlockCmt", "stateJSLineCmt", "stateCSS",      "stateCSSDqStr",    "stateCSSSqStr",
    "stateCSSDqURL",   "stateCSSSqURL",  "stateCSSURL",   "stateCSSBlockCmt", "stateCSSLineCmt",
    "stateError",      "stateDead"};
constexpr std::array<const char*, 4> kDelimNames = {"delimNone", "delimDoubleQuote",
                                                    "delimSingleQuote", "delimSpaceOrTagEnd"};
constexpr std::array<const char*, 4> kUrlPartNames = {"urlPartNone", "urlPartPreQuery",
                                                      "urlPartQueryOrFrag", "urlPartUnknown"};
constexpr std::array<const char*, 3> kJsCtxNames = {"jsCtxRegexp", "jsCtxDivOp", "jsCtxUnknown"};
constexpr std::array<const char*, 6> kAttrNames = {"attrNone",  "attrScript", "attrScriptType",
                                                   "attrStyle", "attrURL",    "attrSrcset"};
constexpr std::array<const char*, 5> kElementNames = {
    "elementNone", "elementScript", "elementStyle", "elementTextarea", "elementTitle"};

template <typename E, size_t N>
const char* NameOf(const std::array<const char*, N>& names, E e) {
  return names[static_cast<size_t>(e)];
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

size_t EatWhiteSpace(std::string_view s, size_t i) {
  while (i < s.size() && IsSpaceByte(s[i])) ++i;
  return i;
}

// Go's %q with a precision of 32 runes, for error messages.
std::string Quote32(std::string_view s) {
  size_t i = 0;
  for (int n = 0; n < 32 && i < s.size(); ++n) {
    int w;
    DecodeRune(s, i, &w);
    i += w;
  }
  std::string q;
  AppendGoQuote(&q, s.substr(0, i));
  return q;
}

State AttrStartState(Attr a) {
  switch (a) {
    case Attr::kScript:
      return State::kJS;
    case Attr::kStyle:
      return State::kCSS;
    case Attr::kURL:
      return State::kURL;
    case Attr::kSrcset:
      return State::kSrcset;
    default:
      return State::kAttr;
  }
}

// The counterpart of a markup state, which html::Transition reads.
html::State MarkupState(State s) {
  switch (s) {
    case State::kTag:
      return html::State::kTag;
    case State::kAttrName:
      return html::State::kAttrName;
    case State::kAfterName:
      return html::State::kAfterName;
    case State::kBeforeValue:
      return html::State::kBeforeValue;
    case State::kHTMLCmt:
      return html::State::kComment;
    case State::kRCDATA:
      return html::State::kRCDATA;
    default:
      return html::State::kText;
  }
}

// Go's attr of the attribute `name` in a tag of element `e`.
Attr AttrNamed(Element e, std::string_view name) {
  const std::string lower = AsciiLower(name);
  if (e == Element::kScript && lower == "type") return Attr::kScriptType;
  switch (AttrType(lower)) {
    case ContentType::kURL:
      return Attr::kURL;
    case ContentType::kCSS:
      return Attr::kStyle;
    case ContentType::kJS:
      return Attr::kScript;
    case ContentType::kSrcset:
      return Attr::kSrcset;
    default:
      return Attr::kNone;
  }
}

// Go's messages for the malformed tag at s[at].
Context MalformedTag(html::TagError error, size_t at, std::string_view s) {
  std::string q;
  if (error == html::TagError::kAttrNameChar) {
    AppendGoQuote(&q, s.substr(at, 1));
    return Context::Error(q + " in attribute name: " + Quote32(s));
  }
  AppendGoQuote(&q, s.substr(at));
  return Context::Error("expected space, attr name, or end of tag, but got " + q);
}

// A markup state's transition: html::Transition's, plus what html/template tracks beyond it
// (the kind of an attribute, the language of a value or of script and style content) and the
// context it carries on or starts afresh, as Go does.
std::pair<Context, size_t> TMarkup(const Context& c, std::string_view s) {
  const html::Context from{MarkupState(c.state), c.element, c.delim};
  html::Context to = from;
  const size_t end = html::Transition(&to, s);
  if (to.state == html::State::kError) return {MalformedTag(to.error, end, s), s.size()};
  if (to == from) return {c, end};
  // Past an attribute's name its kind carries on; any other change starts a fresh context.
  Context d;
  if (c.state == State::kAttrName || c.state == State::kAfterName ||
      c.state == State::kBeforeValue) {
    d = c;
  }
  d.element = to.element;
  d.delim = to.delim;
  switch (to.state) {
    case html::State::kText:
      d.state = State::kText;
      break;
    case html::State::kTag:
      d.state = State::kTag;
      break;
    case html::State::kAttrName:
    case html::State::kAfterName:
      d.state = to.state == html::State::kAttrName ? State::kAttrName : State::kAfterName;
      if (c.state == State::kTag) {
        const size_t name = EatWhiteSpace(s, 0);
        d.attr = AttrNamed(c.element, s.substr(name, end - name));
      }
      break;
    case html::State::kBeforeValue:
      d.state = State::kBeforeValue;
      break;
    case html::State::kComment:
      d.state = State::kHTMLCmt;
      break;
    case html::State::kRCDATA:
      d.state = State::kRCDATA;
      break;
    case html::State::kRawText:
      d.state = d.element == Element::kScript ? State::kJS : State::kCSS;
      break;
    case html::State::kValue:
      d.state = AttrStartState(c.attr);
      break;
    case html::State::kError:  // reported above
      break;
  }
  return {d, end};
}

std::pair<Context, size_t> TURL(Context c, std::string_view s) {
  if (s.find_first_of("#?") != std::string_view::npos) {
    c.url_part = UrlPart::kQueryOrFrag;
  } else if (s.size() != EatWhiteSpace(s, 0) && c.url_part == UrlPart::kNone) {
    c.url_part = UrlPart::kPreQuery;
  }
  return {c, s.size()};
}

std::pair<Context, size_t> TJS(Context c, std::string_view s) {
  size_t i = s.find_first_of("\"`'/");
  if (i == std::string_view::npos) {
    c.js_ctx = NextJSCtx(s, c.js_ctx);
    return {c, s.size()};
  }
  c.js_ctx = NextJSCtx(s.substr(0, i), c.js_ctx);
  switch (s[i]) {
    case '"':
      c.state = State::kJSDqStr, c.js_ctx = JsCtx::kRegexp;
      break;
    case '\'':
      c.state = State::kJSSqStr, c.js_ctx = JsCtx::kRegexp;
      break;
    case '`':
      c.state = State::kJSBqStr, c.js_ctx = JsCtx::kRegexp;
      break;
    default:
      if (i + 1 < s.size() && s[i + 1] == '/') {
        c.state = State::kJSLineCmt;
        ++i;
      } else if (i + 1 < s.size() && s[i + 1] == '*') {
        c.state = State::kJSBlockCmt;
        ++i;
      } else if (c.js_ctx == JsCtx::kRegexp) {
        c.state = State::kJSRegexp;
      } else if (c.js_ctx == JsCtx::kDivOp) {
        c.js_ctx = JsCtx::kRegexp;
      } else {
        return {Context::Error("'/' could start a division or regexp: " + Quote32(s.substr(i))),
                s.size()};
      }
  }
  return {c, i + 1};
}

std::pair<Context, size_t> TJSDelimited(Context c, std::string_view s) {
  const char* specials = "\\\"";
  if (c.state == State::kJSSqStr) specials = "\\'";
  if (c.state == State::kJSBqStr) specials = "`\\";
  if (c.state == State::kJSRegexp) specials = "\\/[]";
  size_t k = 0;
  bool in_charset = false;
  while (true) {
    size_t i = s.find_first_of(specials, k);
    if (i == std::string_view::npos) break;
    switch (s[i]) {
      case '\\':
        ++i;
        if (i == s.size()) {
          std::string q;
          AppendGoQuote(&q, s);
          return {Context::Error("unfinished escape sequence in JS string: " + q), s.size()};
        }
        break;
      case '[':
        in_charset = true;
        break;
      case ']':
        in_charset = false;
        break;
      default:
        if (!in_charset) {
          c.state = State::kJS;
          c.js_ctx = JsCtx::kDivOp;
          return {c, i + 1};
        }
    }
    k = i + 1;
  }
  if (in_charset) {
    std::string q;
    AppendGoQuote(&q, s);
    return {Context::Error("unfinished JS regexp charset: " + q), s.size()};
  }
  return {c, s.size()};
}

std::pair<Context, size_t> TBlockCmt(Context c, std::string_view s) {
  size_t i = s.find("*/");
  if (i == std::string_view::npos) return {c, s.size()};
  c.state = c.state == State::kJSBlockCmt ? State::kJS : State::kCSS;
  return {c, i + 2};
}

std::pair<Context, size_t> TLineCmt(Context c, std::string_view s) {
  size_t i;
  State end;
  if (c.state == State::kJSLineCmt) {
    end = State::kJS;
    i = s.find_first_of("\n\r");
    size_t u = std::min(s.find("\u2028"), s.find("\u2029"));
    i = std::min(i, u);
  } else {
    end = State::kCSS;
    i = s.find_first_of("\n\f\r");
  }
  if (i == std::string_view::npos) return {c, s.size()};
  c.state = end;
  return {c, i};
}

bool EndsWithCSSKeyword(std::string_view b, std::string_view kw) {
  if (b.size() < kw.size()) return false;
  size_t i = b.size() - kw.size();
  if (i != 0) {
    // The rune before the keyword must not be a name character.
    size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(b[start]) & 0xC0) == 0x80) --start;
    int w;
    if (IsCSSNmchar(DecodeRune(b, start, &w))) return false;
  }
  return AsciiLower(b.substr(i)) == kw;
}

std::pair<Context, size_t> TCSS(Context c, std::string_view s) {
  size_t k = 0;
  while (true) {
    size_t i = s.find_first_of("(\"'/", k);
    if (i == std::string_view::npos) return {c, s.size()};
    switch (s[i]) {
      case '(': {
        std::string_view p = s.substr(0, i);
        while (!p.empty() && std::strchr("\t\n\f\r ", p.back()) != nullptr) p.remove_suffix(1);
        if (EndsWithCSSKeyword(p, "url")) {
          size_t j = i + 1;
          while (j < s.size() && std::strchr("\t\n\f\r ", s[j]) != nullptr && s[j] != '\0') ++j;
          if (j != s.size() && s[j] == '"') {
            c.state = State::kCSSDqURL;
            ++j;
          } else if (j != s.size() && s[j] == '\'') {
            c.state = State::kCSSSqURL;
            ++j;
          } else {
            c.state = State::kCSSURL;
          }
          return {c, j};
        }
        break;
      }
      case '/':
        if (i + 1 < s.size()) {
          if (s[i + 1] == '/') {
            c.state = State::kCSSLineCmt;
            return {c, i + 2};
          }
          if (s[i + 1] == '*') {
            c.state = State::kCSSBlockCmt;
            return {c, i + 2};
          }
        }
        break;
      case '"':
        c.state = State::kCSSDqStr;
        return {c, i + 1};
      case '\'':
        c.state = State::kCSSSqStr;
        return {c, i + 1};
    }
    k = i + 1;
  }
}

std::pair<Context, size_t> TCSSStr(Context c, std::string_view s) {
  std::string_view end_and_esc;
  switch (c.state) {
    case State::kCSSDqStr:
    case State::kCSSDqURL:
      end_and_esc = "\\\"";
      break;
    case State::kCSSSqStr:
    case State::kCSSSqURL:
      end_and_esc = "\\'";
      break;
    default:
      end_and_esc = "\\\t\n\f\r )";
      break;
  }
  size_t k = 0;
  while (true) {
    size_t i = s.find_first_of(end_and_esc, k);
    if (i == std::string_view::npos) {
      auto [c1, nread] = TURL(c, DecodeCSS(s.substr(k)));
      (void)nread;
      return {c1, s.size()};
    }
    if (s[i] == '\\') {
      ++i;
      if (i == s.size()) {
        std::string q;
        AppendGoQuote(&q, s);
        return {Context::Error("unfinished escape sequence in CSS string: " + q), s.size()};
      }
    } else {
      c.state = State::kCSS;
      return {c, i + 1};
    }
    c = TURL(c, DecodeCSS(s.substr(0, i + 1))).first;
    k = i + 1;
  }
}

}  // namespace

std::pair<Context, size_t> Transition(Context c, std::string_view s) {
  switch (c.state) {
    case State::kText:
    case State::kTag:
    case State::kAttrName:
    case State::kAfterName:
    case State::kBeforeValue:
    case State::kHTMLCmt:
    case State::kRCDATA:
      return TMarkup(c, s);
    case State::kAttr:
      return {c, s.size()};
    case State::kURL:
    case State::kSrcset:
      return TURL(c, s);
    case State::kJS:
      return TJS(c, s);
    case State::kJSDqStr:
    case State::kJSSqStr:
    case State::kJSBqStr:
    case State::kJSRegexp:
      return TJSDelimited(c, s);
    case State::kJSBlockCmt:
    case State::kCSSBlockCmt:
      return TBlockCmt(c, s);
    case State::kJSLineCmt:
    case State::kCSSLineCmt:
      return TLineCmt(c, s);
    case State::kCSS:
      return TCSS(c, s);
    case State::kCSSDqStr:
    case State::kCSSSqStr:
    case State::kCSSDqURL:
    case State::kCSSSqURL:
    case State::kCSSURL:
      return TCSSStr(c, s);
    case State::kError:
    case State::kDead:
      break;
  }
  return {c, s.size()};
}

std::pair<Context, size_t> ContextAfterText(Context c, std::string_view s) {
  if (c.delim == Delim::kNone) {
    // Element content, whatever its language, runs to the element's end tag.
    const size_t end = html::FindEndTag(c.element, s);
    if (end == 0) return {Context(), 0};
    if (s.empty()) return {c, 0};
    return Transition(c, s.substr(0, end));
  }
  const char* ends = c.delim == Delim::kDoubleQuote   ? "\""
                     : c.delim == Delim::kSingleQuote ? "'"
                                                      : " \t\n\f\r>";
  size_t i = s.find_first_of(ends);
  if (i == std::string_view::npos) i = s.size();
  if (c.delim == Delim::kSpaceOrTagEnd) {
    size_t j = s.substr(0, i).find_first_of("\"'<=`");
    if (j != std::string_view::npos) {
      std::string q1, q2;
      AppendGoQuote(&q1, s.substr(j, 1));
      AppendGoQuote(&q2, s.substr(0, i));
      return {Context::Error(q1 + " in unquoted attr: " + q2), s.size()};
    }
  }
  if (i == s.size()) {
    std::string u = UnescapeHtml(s);
    std::string_view rest = u;
    while (!rest.empty()) {
      auto [c1, i1] = Transition(c, rest);
      c = c1;
      rest.remove_prefix(i1);
    }
    return {c, s.size()};
  }
  Element element = c.element;
  if (c.state == State::kAttr && c.element == Element::kScript && c.attr == Attr::kScriptType &&
      !IsJSType(s.substr(0, i))) {
    element = Element::kNone;
  }
  if (c.delim != Delim::kSpaceOrTagEnd) ++i;
  Context d;
  d.state = State::kTag;
  d.element = element;
  return {d, i};
}

std::string Context::String() const {
  std::string s = "{";
  s += NameOf(kStateNames, state);
  s += ' ';
  s += NameOf(kDelimNames, delim);
  s += ' ';
  s += NameOf(kUrlPartNames, url_part);
  s += ' ';
  s += NameOf(kJsCtxNames, js_ctx);
  s += ' ';
  s += NameOf(kAttrNames, attr);
  s += ' ';
  s += NameOf(kElementNames, element);
  s += ' ';
  s += err ? err->description : "<nil>";
  s += '}';
  return s;
}

std::string Context::Mangle(std::string_view name) const {
  if (state == State::kText) return std::string(name);
  std::string s = std::string(name) + "$htmltemplate_" + NameOf(kStateNames, state);
  if (delim != Delim::kNone) s += std::string("_") + NameOf(kDelimNames, delim);
  if (url_part != UrlPart::kNone) s += std::string("_") + NameOf(kUrlPartNames, url_part);
  if (js_ctx != JsCtx::kRegexp) s += std::string("_") + NameOf(kJsCtxNames, js_ctx);
  if (attr != Attr::kNone) s += std::string("_") + NameOf(kAttrNames, attr);
  if (element != Element::kNone) s += std::string("_") + NameOf(kElementNames, element);
  return s;
}

Context Context::Error(std::string description, const Node* node, int line) {
  Context c;
  c.state = State::kError;
  c.err = std::make_shared<EscapeError>();
  c.err->description = std::move(description);
  c.err->node = node;
  c.err->line = line;
  return c;
}

bool IsComment(State s) {
  return s == State::kHTMLCmt || s == State::kJSBlockCmt || s == State::kJSLineCmt ||
         s == State::kCSSBlockCmt || s == State::kCSSLineCmt;
}

bool IsInTag(State s) {
  return s == State::kTag || s == State::kAttrName || s == State::kAfterName ||
         s == State::kBeforeValue || s == State::kAttr;
}

bool IsCSSNmchar(char32_t r) {
  return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || r == '-' ||
         r == '_' || (r >= 0x80 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) ||
         (r >= 0x10000 && r <= 0x10FFFF);
}

bool IsJSIdentPart(char32_t r) {
  return r == '$' || r == '_' || (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') ||
         (r >= 'a' && r <= 'z');
}

std::string DecodeCSS(std::string_view s) {
  if (s.find('\\') == std::string_view::npos) return std::string(s);
  auto is_hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  std::string b;
  while (!s.empty()) {
    size_t i = s.find('\\');
    if (i == std::string_view::npos) i = s.size();
    b.append(s.substr(0, i));
    s.remove_prefix(i);
    if (s.size() < 2) break;
    if (is_hex(s[1])) {
      size_t j = 2;
      while (j < s.size() && j < 7 && is_hex(s[j])) ++j;
      uint32_t r = 0;
      for (size_t k = 1; k < j; ++k) {
        char d = s[k];
        r = r * 16 + (d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
      }
      if (r > 0x10FFFF) {
        r /= 16;
        --j;
      }
      AppendRune(&b, r);
      s.remove_prefix(j);
      if (!s.empty()) {
        if (s[0] == '\t' || s[0] == '\n' || s[0] == '\f' || s[0] == ' ') {
          s.remove_prefix(1);
        } else if (s[0] == '\r') {
          s.remove_prefix(s.size() >= 2 && s[1] == '\n' ? 2 : 1);
        }
      }
    } else {
      int w;
      DecodeRune(s, 1, &w);
      b.append(s.substr(1, w));
      s.remove_prefix(1 + w);
    }
  }
  return b;
}

JsCtx NextJSCtx(std::string_view s, JsCtx preceding) {
  // Trim trailing JS white space, including U+2028 and U+2029.
  while (!s.empty()) {
    char c = s.back();
    if (c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ') {
      s.remove_suffix(1);
    } else if (s.ends_with("\u2028") || s.ends_with("\u2029")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  if (s.empty()) return preceding;
  char c = s.back();
  size_t n = s.size();
  switch (c) {
    case '+':
    case '-': {
      size_t start = n - 1;
      while (start > 0 && s[start - 1] == c) --start;
      return ((n - start) & 1) == 1 ? JsCtx::kRegexp : JsCtx::kDivOp;
    }
    case '.':
      if (n != 1 && s[n - 2] >= '0' && s[n - 2] <= '9') return JsCtx::kDivOp;
      return JsCtx::kRegexp;
    case ',':
    case '<':
    case '>':
    case '=':
    case '*':
    case '%':
    case '&':
    case '|':
    case '^':
    case '?':
    case '!':
    case '~':
    case '(':
    case '[':
    case ':':
    case ';':
    case '{':
    case '}':
      return JsCtx::kRegexp;
    default: {
      size_t j = n;
      while (j > 0 && IsJSIdentPart(static_cast<unsigned char>(s[j - 1]))) --j;
      static constexpr std::string_view kKeywords[] = {
          "break", "case",       "continue", "delete", "do",  "else",   "finally",
          "in",    "instanceof", "return",   "throw",  "try", "typeof", "void"};
      std::string_view word = s.substr(j);
      for (std::string_view k : kKeywords) {
        if (k == word) return JsCtx::kRegexp;
      }
    }
  }
  return JsCtx::kDivOp;
}

bool IsJSType(std::string_view mime) {
  size_t semi = mime.find(';');
  if (semi != std::string_view::npos) mime = mime.substr(0, semi);
  std::string m(TrimSpace(AsciiLower(mime)));
  static constexpr std::string_view kTypes[] = {"application/ecmascript",
                                                "application/javascript",
                                                "application/json",
                                                "application/ld+json",
                                                "application/x-ecmascript",
                                                "application/x-javascript",
                                                "module",
                                                "text/ecmascript",
                                                "text/javascript",
                                                "text/javascript1.0",
                                                "text/javascript1.1",
                                                "text/javascript1.2",
                                                "text/javascript1.3",
                                                "text/javascript1.4",
                                                "text/javascript1.5",
                                                "text/jscript",
                                                "text/livescript",
                                                "text/x-ecmascript",
                                                "text/x-javascript"};
  for (std::string_view t : kTypes) {
    if (t == m) return true;
  }
  return false;
}

}  // namespace kiln::tmpl
