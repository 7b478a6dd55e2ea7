// Reads a site's `[markup]` configuration: into the Markdown renderer's options every
// goldmark and tableOfContents key the markdown module knows, and into the highlighter's
// defaults the `[markup.highlight]` keys; other keys (asciidocExt, …) are ignored. Pure
// functions; thread-safe.
#ifndef KILN_HUGO_MARKUP_CONFIG_H_
#define KILN_HUGO_MARKUP_CONFIG_H_

#include "base/status.h"
#include "highlight/highlight.h"
#include "markdown/markdown.h"
#include "value/value.h"

namespace kiln::hugo {

// `markup` is the [markup] table (a Map, or null when absent). Fails on a known key with a
// value of the wrong kind.
Status ApplyMarkupConfig(const Value& markup, markdown::MarkdownOptions* options);

// Applies `[markup.highlight]` of the same table to `options`, the defaults of fenced code
// blocks, the `highlight` function and shortcode. Fails on a value of the wrong kind.
Status ApplyHighlightConfig(const Value& markup, highlight::HighlightOptions* options);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_MARKUP_CONFIG_H_
