// Pagination plans: how many pagers a list page gets and where each one lives
// (`/posts/page/2/`, Hugo's `paginatePath`), including the `/page/1/` alias Hugo writes
// for the first pager. Pure functions; thread-safe.
#ifndef KILN_CONTENT_PAGINATION_H_
#define KILN_CONTENT_PAGINATION_H_

#include <cstddef>
#include <string>
#include <vector>

#include "content/content_options.h"
#include "content/page.h"

namespace kiln {

// ⌈items / page_size⌉, at least 1.
int PagerCount(size_t items, int page_size);

// The items a list page paginates by default: the site's regular pages for home, the
// page's `.Pages` otherwise.
const std::vector<Page*>& PaginatedItems(const Page& list, const std::vector<Page*>& site_regular);

// The output file of pager `n` (n ≥ 1) of `list`: "posts/page/2/index.html" or, with ugly
// URLs, "posts/page/2.html". Pager 1's own file is the list page's; this gives the alias.
std::string PagerFile(const Page& list, int n, const ContentOptions& options);

}  // namespace kiln

#endif  // KILN_CONTENT_PAGINATION_H_
