// partial and partialCached, with Hugo 0.111's `return`: a partial holding `{{ return X }}`
// yields X (any type) and its text is dropped; otherwise it yields its text as
// template.HTML. As in Hugo, the return is static: the first `return X` of the file, at any
// depth, is evaluated after the whole body has run (dot is the partial's argument, the
// body's top-level variables hold their final values); a second `return X` is an error
// when it runs ("want 0 got 1") and a bare `return` prints nothing. partialCached keeps one result
// per partial name and variant arguments for the life of the FuncMap it is registered in (one
// build); the cache is thread-safe and each entry is computed once.
#ifndef KILN_HUGO_PARTIAL_FUNCS_H_
#define KILN_HUGO_PARTIAL_FUNCS_H_

#include <functional>
#include <memory>
#include <string_view>

#include "template/functions.h"
#include "template/template_set.h"

namespace kiln::hugo {

// The template set holding the partial `name` when the calling set lacks it (an HTML layout
// calling the text partial "x.txt", a text layout calling an HTML partial), or null. Such a
// partial runs in its own set, with its own escaping, and yields its text as template.HTML.
using PartialFallback = std::function<const tmpl::TemplateSet*(std::string_view name)>;

// Registers partial, partialCached and return. `fallback`, when given, may be filled in
// later (once the templates are parsed); it is read only while templates run.
void RegisterPartialFuncs(tmpl::FuncMap* funcs,
                          std::shared_ptr<const PartialFallback> fallback = nullptr);

// Applies the static `return` rewrite to the partial `name` of `set` (the partial's file as
// parsed, before escaping).
void HoistPartialReturn(tmpl::TemplateSet* set, std::string_view name);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PARTIAL_FUNCS_H_
