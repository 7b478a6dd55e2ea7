// The parts of the transform namespace that live in their own files: emojify with its
// generated table, and unmarshal/Remarshal with their format detection and CSV reader.
// Internal to src/hugo/funcs.
#ifndef KILN_HUGO_FUNCS_TRANSFORM_PARTS_H_
#define KILN_HUGO_FUNCS_TRANSFORM_PARTS_H_

#include <string>
#include <string_view>

#include "hugo/funcs/namespace.h"

namespace kiln::funcs {

// Replaces each `:code:` hugo's emoji table knows with its emoji.
std::string Emojify(std::string_view s);

// Adds transform.Unmarshal (unmarshal) and transform.Remarshal to `ns`.
void AddUnmarshalFuncs(Namespace* ns);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_TRANSFORM_PARTS_H_
