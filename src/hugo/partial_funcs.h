// partial and partialCached, with Hugo 0.111's `return`: a partial that runs
// `{{ return X }}` yields X (any type) and its text is dropped; otherwise it yields its
// text as template.HTML. partialCached keeps one result per partial name and variant
// arguments for the life of the FuncMap it is registered in (one build); the cache is
// thread-safe and each entry is computed once.
#ifndef KILN_HUGO_PARTIAL_FUNCS_H_
#define KILN_HUGO_PARTIAL_FUNCS_H_

#include "template/functions.h"

namespace kiln::hugo {

// Registers partial, partialCached and return.
void RegisterPartialFuncs(tmpl::FuncMap* funcs);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PARTIAL_FUNCS_H_
