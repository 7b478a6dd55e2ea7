// The shortcode parser: splits a page's body into text and shortcode calls the way Hugo
// 0.111.3's page lexer and shortcode extraction do, with the same error wording.
//
// Recognised: `{{< name params >}}` (output inserted after Markdown), `{{% name params %}}`
// (output rendered with the page's Markdown), closing tags `{{< /name >}}`, self-closing
// `{{< name />}}`, and comments `{{</* … */>}}`, which stay in the text as written without
// the comment markers. Parameters are positional (quoted "…", raw `…` or bare words, typed
// as Hugo types them: bools, ints and floats from bare words) or named (`k="v"`), never
// both. Whether a shortcode takes inner content is the template's call (it uses .Inner or
// .InnerDeindent), asked through ShortcodeTemplateQuery.
//
// ParseShortcodes is a pure function; the document it returns is immutable afterwards.
#ifndef KILN_HUGO_SHORTCODE_PARSER_H_
#define KILN_HUGO_SHORTCODE_PARSER_H_

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "value/value.h"

namespace kiln::hugo {

struct Shortcode;

// A run of text or a shortcode call, in source order.
struct ShortcodePart {
  std::string text;
  std::unique_ptr<Shortcode> call;  // set for a call; text is then empty
};

struct Shortcode {
  std::string name;
  bool markup = false;           // {{% %}}: the output goes through Markdown
  bool inline_template = false;  // `name.inline`: the inner text is the template
  // Null without parameters, a List of positional ones, or a Map of named ones.
  Value params;
  std::vector<ShortcodePart> inner;  // empty without inner content
  std::string indentation;           // the spaces before the opening delimiter on its line
  int ordinal = 0;                   // position among its siblings, from 0
  int level = 0;                     // 0 for a call in the page text, parent's + 1 when nested
  size_t offset = 0;                 // of the opening "{{" in the body; 0 for nested calls, as Hugo
};

struct ShortcodeDocument {
  std::vector<ShortcodePart> parts;
  std::set<std::string, std::less<>> names;  // every shortcode called, nested ones too
  // Whether an escaped call ({{</* x */>}}) lost its comment marks: the text then differs
  // from the body even without calls.
  bool has_escapes = false;
  bool has_calls() const { return !names.empty(); }
  // Whether the Markdown source must be rebuilt from the parts.
  bool rewrites_source() const { return has_calls() || has_escapes; }
};

// For a shortcode name: nullopt when no template exists, else whether the template takes
// inner content.
using ShortcodeTemplateQuery = std::function<std::optional<bool>(std::string_view name)>;

// A parse error: Hugo's message and the body offset it points at (nullopt: the start of the
// file, where Hugo reports the lexer's errors).
struct ShortcodeParseError {
  std::string message;
  std::optional<size_t> offset;
};

// Parses `body`. On failure returns false and fills `error`.
bool ParseShortcodes(std::string_view body, const ShortcodeTemplateQuery& templates,
                     ShortcodeDocument* doc, ShortcodeParseError* error);

// One line for tests: text parts quoted, calls as `name<(params){inner}` (`%` for {{% %}}),
// e.g. `"a " box<("x" 1 k=true){"in"}`.
std::string DebugString(const ShortcodeDocument& doc);

// A parameter value as Hugo types an unquoted one: "true"/"false" → bool, integers → int,
// decimals → float, anything else → string.
Value TypedShortcodeParam(std::string_view text);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SHORTCODE_PARSER_H_
