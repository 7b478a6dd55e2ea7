// Hugo's default page order (`DefaultPageSort`): weight ascending with weight 0 last, then
// date descending, then link title (collated as Hugo does), then source path. Pure; thread-safe.
#ifndef KILN_CONTENT_PAGE_SORT_H_
#define KILN_CONTENT_PAGE_SORT_H_

#include <vector>

#include "content/page.h"

namespace kiln {

// The title lists sort by: linkTitle, else title.
const std::string& LinkTitle(const Page& page);

// Whether `a` comes before `b` in the default order.
bool DefaultPageLess(const Page& a, const Page& b);

void SortPagesDefault(std::vector<Page*>* pages);

}  // namespace kiln

#endif  // KILN_CONTENT_PAGE_SORT_H_
