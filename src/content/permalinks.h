// Permalinks: the URL path of each page from its place in the tree, `slug`/`url` front
// matter and the `[permalinks]` patterns (every Hugo token), in pretty (`/x/`) or ugly
// (`/x.html`) form. Pure functions over a Page; thread-safe.
#ifndef KILN_CONTENT_PERMALINKS_H_
#define KILN_CONTENT_PERMALINKS_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "content/content_options.h"
#include "content/page.h"

namespace kiln {

// Expands a `[permalinks]` pattern such as "/:year/:month/:slug/" for a regular page.
// Fails on an unknown token.
StatusOr<std::string> ExpandPermalink(std::string_view pattern, const Page& page,
                                      const ContentOptions& options);

// The site-relative URL path of `page` ("/posts/first/", "/posts/first.html", "/"),
// without the baseURL path. `natural` is the page's path from the tree: the sanitised
// directory segments plus its own name, without slashes at either end.
StatusOr<std::string> PagePath(const Page& page, std::string_view natural,
                               const ContentOptions& options);

// Whether a front-matter `url` names the page's file ("/docs/v1.2/page.html", and
// "/a.b/c" too) rather than its directory: it has a dot and no trailing slash. Every output
// format of such a page is written at that path.
bool UrlNamesFile(std::string_view url);

// The output file for a URL path: "/a/b/" → "a/b/index.html", "/a/b.html" → itself,
// "/a/b" → "a/b/index.html" (or "a/b.html" when `ugly`), "/" → "index.html".
std::string TargetFileForPath(std::string_view url_path, bool ugly);

}  // namespace kiln

#endif  // KILN_CONTENT_PERMALINKS_H_
