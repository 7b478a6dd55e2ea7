// The element and attribute classes the HTML minifier's rules turn on: which elements are
// phrasing content (whitespace around them matters), raw text, objects that keep adjacent
// spaces, which close or keep an open <p>; which attributes are boolean, case-insensitive,
// URLs or whitespace-trimmed. Constant tables; thread-safe.
#ifndef KILN_MINIFY_HTML_TABLES_H_
#define KILN_MINIFY_HTML_TABLES_H_

#include <cstdint>
#include <string_view>

namespace kiln::minify {

// Element traits (bits).
enum HtmlTagTrait : uint16_t {
  kTagNormal = 1 << 0,       // a known element with no special rule
  kTagRaw = 1 << 1,          // content is raw text (script, style, textarea, iframe)
  kTagNonPhrasing = 1 << 2,  // block-level: whitespace next to it is dropped
  kTagObject = 1 << 3,       // replaced/interactive: spaces next to it are kept
  kTagOmitP = 1 << 4,        // a start tag that would close an open <p>
  kTagKeepP = 1 << 5,        // an end tag after which </p> must stay
};

// Attribute traits (bits).
enum HtmlAttrTrait : uint16_t {
  kAttrBoolean = 1 << 0,   // written without a value
  kAttrCaseless = 1 << 1,  // value is lower-cased
  kAttrUrl = 1 << 2,       // value is a URL: trimmed, scheme lower-cased
  kAttrTrim = 1 << 3,      // value has its whitespace collapsed and trimmed
};

// Zero for names the tables do not know. Names must be lower-case.
uint16_t HtmlTagTraits(std::string_view name);
uint16_t HtmlAttrTraits(std::string_view name);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_HTML_TABLES_H_
