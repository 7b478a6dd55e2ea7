// The asset pipeline's template functions: the `resources` namespace (Get, GetMatch, Match,
// ByType, FromString, Concat, ExecuteAsTemplate, Copy, Fingerprint, PostProcess,
// ToCSS, Minify, GetRemote), the top-level `fingerprint`, `toCSS` and `minify`, and
// js.Build, over the build's ResourceContext.
// Transformations are computed once per build for the same chain of inputs, through the
// context's cache, and keyed as hugo keys them (Concat and FromString by target path).
#ifndef KILN_HUGO_RESOURCE_FUNCS_H_
#define KILN_HUGO_RESOURCE_FUNCS_H_

#include <string_view>

#include "hugo/resource_context.h"
#include "template/functions.h"

namespace kiln::hugo {

// Registers the functions on `funcs`. `context` and `funcs` are borrowed and must outlive
// every template run with them (ExecuteAsTemplate parses with `funcs`).
void RegisterResourceFuncs(const ResourceContext* context, tmpl::FuncMap* funcs);

// hugo's glob for asset paths, without regard to case: '*' matches within one path
// segment, "**" across segments, '?' one character, "{a,b}" either alternative.
bool AssetGlobMatch(std::string_view pattern, std::string_view path);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_RESOURCE_FUNCS_H_
