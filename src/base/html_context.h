// Where a run of HTML leaves a reader, at the level of markup, as Go's html/template tracks it:
// in text, in a tag (between attributes, in an attribute's name, after it, before its value, in
// its value), in a comment, or in the content of an element html/template does not parse as
// markup (<script>, <style>, <textarea>, <title>), and the transition that advances that context
// over the next bytes. It is the one implementation of these rules: the template escaper refines
// the context with the languages embedded in values and element content (JS, CSS, URLs), and
// StripTags (base/strip_tags.h) reads HTML with it as it is.
//
// Contexts are small values; the functions are pure and thread-safe.
#ifndef KILN_BASE_HTML_CONTEXT_H_
#define KILN_BASE_HTML_CONTEXT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kiln::html {

// The elements whose content is not markup.
enum class Element : uint8_t { kNone, kScript, kStyle, kTextarea, kTitle };

// What ends an attribute value.
enum class Delim : uint8_t { kNone, kDoubleQuote, kSingleQuote, kSpaceOrTagEnd };

enum class State : uint8_t {
  kText,
  kTag,          // in a start or end tag, between attributes
  kAttrName,     // in an attribute name that reaches the end of the input read so far
  kAfterName,    // after an attribute name: '=' or the next attribute
  kBeforeValue,  // after '='
  kComment,      // in <!-- … -->
  kRCDATA,       // the text content of <textarea> or <title>, up to its end tag
  kRawText,      // the content of <script> or <style>, up to its end tag
  kValue,        // an attribute value, ended by `Context::delim`
  kError,        // a malformed tag: nothing after it is read
};

// Why a tag is malformed.
enum class TagError : uint8_t {
  kNone,
  kAttrNameChar,  // a quote or '<' in an attribute name
  kNoAttrName,    // something other than an attribute name or '>'
};

struct Context {
  State state = State::kText;
  Element element = Element::kNone;  // the element whose tag or content this is
  Delim delim = Delim::kNone;        // for kValue
  TagError error = TagError::kNone;  // for kError

  bool operator==(const Context&) const = default;
};

// Reads `s` in context `*c` up to where the context changes (or to its end, when it does not),
// leaves the new context in `*c`, and returns how many bytes it read. From kTag into an
// attribute name, the name runs from the first byte of `s` that is not a space to that end;
// into kError, the end is the offending byte. (An update in place rather than a returned
// value, because the byte-sized fields would otherwise make every step wait on a store.)
size_t Transition(Context* c, std::string_view s);

// The offset in `s` of element `e`'s end tag ("</name", any case, then '>', a space or '/'), or
// npos (always for Element::kNone).
size_t FindEndTag(Element e, std::string_view s);

}  // namespace kiln::html

#endif  // KILN_BASE_HTML_CONTEXT_H_
