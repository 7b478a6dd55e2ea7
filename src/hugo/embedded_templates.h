// The templates kiln embeds under "_internal/", written for kiln to produce the bytes Hugo
// 0.111.3 produces with its own built-in templates. Sites override them with files of the
// same role in `layouts/` (see the *Candidates functions of layout_lookup.h).
//
// Immutable data; thread-safe.
#ifndef KILN_HUGO_EMBEDDED_TEMPLATES_H_
#define KILN_HUGO_EMBEDDED_TEMPLATES_H_

#include <vector>

#include "hugo/template_store.h"

namespace kiln::hugo {

// Every embedded template, to append after the site's and themes' layouts.
std::vector<TemplateSource> EmbeddedTemplates();

}  // namespace kiln::hugo

#endif  // KILN_HUGO_EMBEDDED_TEMPLATES_H_
