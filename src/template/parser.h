// The template parser: turns template source into Trees (the top-level template plus one
// per {{define}} and {{block}}), with Go's text/template/parse error messages
// ("template: NAME:LINE: unexpected EOF", `function "x" not defined`, ...).
//
// Parsing is a pure function of its inputs; the Trees it returns are immutable afterwards
// and shared by every execution.
#ifndef KILN_TEMPLATE_PARSER_H_
#define KILN_TEMPLATE_PARSER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "template/ast.h"

namespace kiln::tmpl {

// One named template body.
struct Tree {
  std::string name;
  std::string parse_name;                     // the top-level template whose source holds this body
  std::shared_ptr<const std::string> source;  // that source, for line:col in errors
  std::unique_ptr<ListNode> root;
  // The value a caller may ask of the template once the body has run (Hugo's partial
  // `return`, see hoist_return.h); null for ordinary templates.
  std::unique_ptr<PipeNode> result;

  // "parse_name:line:col" of a node of this tree (col counts bytes from 0, as Go's).
  std::string Location(size_t pos) const;
  std::unique_ptr<Tree> Clone() const;
};

// Parse and execution give up beyond this nesting of parentheses and control blocks.
inline constexpr int kMaxParseDepth = 1000;

// Resolves an identifier to its function, or nullptr when there is none.
using FunctionResolver = std::function<const Function*(std::string_view)>;

// Parses `text` as the template `name`, resolving identifiers with `resolve`. The
// top-level tree comes first; it is empty (no nodes) when the text holds only definitions
// and space.
StatusOr<std::vector<std::unique_ptr<Tree>>> ParseTemplate(std::string_view name,
                                                           std::string_view text,
                                                           const FunctionResolver& resolve);

// Whether a tree has only space text, as Go's parse.IsEmptyTree decides (a body with only
// whitespace does not replace an existing definition).
bool IsEmptyTree(const ListNode* root);

// strconv.Unquote for Go string, raw string and character literals.
bool GoUnquote(std::string_view quoted, std::string* out);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_PARSER_H_
