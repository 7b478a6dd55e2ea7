// Finds what an HTML page refers to inside the site, so the deployer can upload a page only
// after everything it loads or links to exists, and tests can check that invariant on a
// bucket. A light tag scanner, not a full HTML parser: it reads src, srcset, poster and data
// attributes and <link href> as resources the page loads, and <a>/<area> href as links.
// Pure functions, thread-safe.
#ifndef KILN_DEPLOY_HTML_REFERENCES_H_
#define KILN_DEPLOY_HTML_REFERENCES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kiln::deploy {

struct HtmlReferences {
  std::vector<std::string> loads;  // site paths the page needs to render (CSS, JS, images…)
  std::vector<std::string> links;  // site paths of pages it links to
};

// `page_path` is the page's own site path ("blog/x/index.html"); references come back as
// clean site paths without leading '/', query or fragment, with "dir/" as "dir/index.html".
// External URLs (scheme, "//host", mailto:, data:, "#frag") are left out.
HtmlReferences FindHtmlReferences(std::string_view html, std::string_view page_path);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_HTML_REFERENCES_H_
