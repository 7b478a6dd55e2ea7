// The families of kiln's embedded templates, one function per source file; each appends
// its templates to `out`. embedded_templates.cc puts them together. Immutable text.
#ifndef KILN_HUGO_EMBEDDED_FAMILIES_H_
#define KILN_HUGO_EMBEDDED_FAMILIES_H_

#include <vector>

#include "hugo/template_store.h"

namespace kiln::hugo {

// opengraph.html, twitter_cards.html, schema.html.
void AppendSeoTemplates(std::vector<TemplateSource>* out);
// google_analytics.html, google_analytics_async.html, disqus.html.
void AppendServiceTemplates(std::vector<TemplateSource>* out);
// pagination.html.
void AppendPaginationTemplate(std::vector<TemplateSource>* out);
// _default/rss.xml, _default/sitemap.xml.
void AppendFeedTemplates(std::vector<TemplateSource>* out);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_EMBEDDED_FAMILIES_H_
