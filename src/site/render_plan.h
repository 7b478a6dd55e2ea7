// The render plan: every output file of a build (page × output format × pager, aliases,
// sitemap, robots.txt, 404) decided from the frozen site before any rendering starts, with
// the counts Hugo prints in its build summary. Pure over its inputs; thread-safe.
#ifndef KILN_SITE_RENDER_PLAN_H_
#define KILN_SITE_RENDER_PLAN_H_

#include <vector>

#include "hugo/page_output_formats.h"
#include "site/renderer.h"
#include "site/site.h"

namespace kiln {

struct RenderPlan {
  std::vector<RenderJob> jobs;
  // Outputs written as they are, without a renderer (path, bytes): the sitemap index.
  std::vector<std::pair<std::string, std::string>> files;
  // A bundle's files again beside each output format's outputs that lie in another directory
  // than its HTML (a format with a `path`); hugo counts each file once, so these are not.
  std::vector<PublishedResource> resource_copies;
  int pages = 0;            // page outputs: HTML, RSS, 404, robots.txt (Hugo's "Pages")
  int paginator_pages = 0;  // pagers after the first
  int aliases = 0;          // front-matter aliases plus the `/page/1/` aliases
  int sitemaps = 0;
};

// The outputs of one language's site, rendered by that site's renderer.
RenderPlan PlanOutputs(const Site& site, const Renderer& renderer);

// The site's output formats and what decides each page's (`[outputFormats]`,
// `[mediaTypes]`, `[outputs]`, disableKinds).
hugo::OutputsConfig SiteOutputsConfig(const SiteOptions& options);

}  // namespace kiln

#endif  // KILN_SITE_RENDER_PLAN_H_
