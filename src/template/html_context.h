// The parse state html/template's escaper tracks through a template's text: where in an
// HTML document (text, tag, attribute name or value, comment, RCDATA), in which embedded
// language (JS string, regexp, comment; CSS string, url(), comment; URL part), and the
// transition functions that advance that state over a run of literal text. Mirrors Go's
// html/template context, state machine and names (they appear in error messages). The markup
// states' transitions are html::Transition's (base/html_context.h), which tag stripping shares;
// this layer adds the attribute kinds, the embedded languages and Go's error messages.
//
// Contexts are small values; the functions are pure and thread-safe.
#ifndef KILN_TEMPLATE_HTML_CONTEXT_H_
#define KILN_TEMPLATE_HTML_CONTEXT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/html_context.h"
#include "template/ast.h"

namespace kiln::tmpl {

struct Tree;

enum class State : uint8_t {
  kText,
  kTag,
  kAttrName,
  kAfterName,
  kBeforeValue,
  kHTMLCmt,
  kRCDATA,
  kAttr,
  kURL,
  kSrcset,
  kJS,
  kJSDqStr,
  kJSSqStr,
  kJSBqStr,
  kJSRegexp,
  kJSBlockCmt,
  kJSLineCmt,
  kCSS,
  kCSSDqStr,
  kCSSSqStr,
  kCSSDqURL,
  kCSSSqURL,
  kCSSURL,
  kCSSBlockCmt,
  kCSSLineCmt,
  kError,
  kDead,
};
enum class UrlPart : uint8_t { kNone, kPreQuery, kQueryOrFrag, kUnknown };
enum class JsCtx : uint8_t { kRegexp, kDivOp, kUnknown };
enum class Attr : uint8_t { kNone, kScript, kScriptType, kStyle, kURL, kSrcset };
// The markup-level parts of the context are html::Context's.
using Delim = html::Delim;
using Element = html::Element;

// The kinds of attribute value (and safe string) html/template distinguishes.
enum class ContentType : uint8_t {
  kPlain,
  kCSS,
  kHTML,
  kHTMLAttr,
  kJS,
  kJSStr,
  kURL,
  kSrcset,
  kUnsafe,
};

// An escaping error; `node` (with its `tree`) or `line` locate it when known.
struct EscapeError {
  std::string description;
  const Node* node = nullptr;
  const Tree* tree = nullptr;
  int line = 0;
};

struct Context {
  State state = State::kText;
  Delim delim = Delim::kNone;
  UrlPart url_part = UrlPart::kNone;
  JsCtx js_ctx = JsCtx::kRegexp;
  Attr attr = Attr::kNone;
  Element element = Element::kNone;
  const Node* n = nullptr;  // the break/continue node a range context came from
  std::shared_ptr<EscapeError> err;

  bool Eq(const Context& o) const {
    return state == o.state && delim == o.delim && url_part == o.url_part && js_ctx == o.js_ctx &&
           attr == o.attr && element == o.element && err == o.err;
  }
  // Go's %v of a context: "{stateText delimNone urlPartNone jsCtxRegexp attrNone ...}".
  std::string String() const;
  // The name of the copy of template `name` escaped to start in this context.
  std::string Mangle(std::string_view name) const;

  static Context Error(std::string description, const Node* node = nullptr, int line = 0);
};

bool IsComment(State s);
bool IsInTag(State s);

// The context after the literal text `s` (or its first part), and how many bytes were
// consumed, as Go's contextAfterText.
std::pair<Context, size_t> ContextAfterText(Context c, std::string_view s);
// One step of the state machine for c.state, as Go's transitionFunc table.
std::pair<Context, size_t> Transition(Context c, std::string_view s);

// Go's attrType: the content type of an attribute's value, by name.
ContentType AttrType(std::string_view lower_name);
// Go's isJSType: whether a <script type> holds JavaScript.
bool IsJSType(std::string_view mime_type);
// Go's decodeCSS: resolves CSS escapes.
std::string DecodeCSS(std::string_view s);
bool IsCSSNmchar(char32_t r);
bool IsJSIdentPart(char32_t r);
// Go's nextJSCtx: whether a '/' after `s` starts a regexp or a division.
JsCtx NextJSCtx(std::string_view s, JsCtx preceding);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_HTML_CONTEXT_H_
