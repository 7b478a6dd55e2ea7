// Hugo's partial `return`, as a rewrite of a parsed Tree: the first `return X...` command
// (in document order, at any depth of if/with/range) is taken out of the body and becomes
// the tree's result pipeline `X...`, which the executor evaluates once the whole body has
// run, with the template's data as dot and the body's top-level variables in scope. Any
// other `return` stays in place and runs as an ordinary function. The output of a template
// with a result is thrown away by whoever asked for the result.
//
// Run on a tree before it is shared (the rewrite edits it in place); pure otherwise.
#ifndef KILN_TEMPLATE_HOIST_RETURN_H_
#define KILN_TEMPLATE_HOIST_RETURN_H_

#include <string_view>

#include "template/parser.h"

namespace kiln::tmpl {

// Moves the first command `ident arg...` (with at least one argument) of `tree` into
// tree->result. Returns whether there was one.
bool HoistReturn(Tree* tree, std::string_view ident);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_HOIST_RETURN_H_
