// Grouping of page collections: `.GroupBy`, `.GroupByParam`, `.GroupByDate` and its
// publish-date, expiry-date, lastmod and param-date variants. The result is Hugo's
// page.PagesGroup: a list of page.PageGroup, each with `.Key` and `.Pages`, answering
// `.Reverse` and `.Len`. Groups are immutable and thread-safe.
#ifndef KILN_HUGO_PAGES_GROUP_H_
#define KILN_HUGO_PAGES_GROUP_H_

#include <string_view>

#include "hugo/pages_object.h"

namespace kiln::hugo {

// Runs the grouping method `name` ("GroupBy…") with `args` over `pages`.
StatusOr<Value> GroupPages(const PagesObject& pages, const SiteObject* site, std::string_view name,
                           std::span<const Value> args);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGES_GROUP_H_
