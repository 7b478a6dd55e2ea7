// Reads a site's `[markup]` configuration into the Markdown renderer's options: every
// goldmark and tableOfContents key the markdown module knows; other keys (highlight,
// asciidocExt, …) are left to their own modules. Pure function; thread-safe.
#ifndef KILN_HUGO_MARKUP_CONFIG_H_
#define KILN_HUGO_MARKUP_CONFIG_H_

#include "base/status.h"
#include "markdown/markdown.h"
#include "value/value.h"

namespace kiln::hugo {

// `markup` is the [markup] table (a Map, or null when absent). Fails on a known key with a
// value of the wrong kind.
Status ApplyMarkupConfig(const Value& markup, markdown::MarkdownOptions* options);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_MARKUP_CONFIG_H_
