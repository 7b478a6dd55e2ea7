// The outputs of a multilingual build that belong to no single language: the redirect
// Hugo writes to the default language's home (from `/<lang>/`, or from the root when the
// default language lives in its own subdirectory), and the root `sitemap.xml`, an index
// of every language's sitemap. Hugo counts both in the first language's summary column.
// Pure over the frozen sites; thread-safe.
#ifndef KILN_SITE_LANGUAGE_ROOTS_H_
#define KILN_SITE_LANGUAGE_ROOTS_H_

#include <string>
#include <vector>

#include "site/render_plan.h"
#include "site/site.h"

namespace kiln {

// `plans[i]` is the plan of `sites[i]`; nothing is added for a single-language build.
void PlanLanguageRoots(const std::vector<const Site*>& sites, std::vector<RenderPlan>* plans);

// The sitemap index listing each site's `<lang>/sitemap.xml` with its last change.
std::string SitemapIndexXml(const std::vector<const Site*>& sites);

}  // namespace kiln

#endif  // KILN_SITE_LANGUAGE_ROOTS_H_
