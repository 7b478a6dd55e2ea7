// Hugo 0.111's configuration defaults, in two groups that behave differently:
//
//   - top-level defaults Hugo registers up front: they apply only where the key is unset
//     at the top level (a site's [taxonomies] replaces the default one entirely), and
//     `hugo config` prints them;
//   - section defaults (`markup`): merged under whatever the site sets, key by key, and
//     not printed by `hugo config`.
//
// Pure functions; thread-safe.
#ifndef KILN_CONFIG_DEFAULTS_H_
#define KILN_CONFIG_DEFAULTS_H_

#include <string>

#include "value/value.h"

namespace kiln {

// The top-level defaults, less the machine-dependent ones (cachedir, workingdir,
// environment, publishdirorig), which the loader adds.
Value TopLevelDefaults();

// `tree` with each top-level default added where the key is missing.
Value WithTopLevelDefaults(const Value& tree, const Value& defaults);

// The `markup` section's defaults (goldmark, highlight, tableOfContents, asciidocExt).
Value MarkupDefaults();

}  // namespace kiln

#endif  // KILN_CONFIG_DEFAULTS_H_
