// Grouping of page collections: `.GroupBy`, `.GroupByParam`, `.GroupByDate` and its
// publish-date, expiry-date, lastmod and param-date variants. The result is Hugo's
// page.PagesGroup: a list of page.PageGroup, each with `.Key` and `.Pages`, answering
// `.Reverse` and `.Len`. Groups are immutable and thread-safe.
#ifndef KILN_HUGO_PAGES_GROUP_H_
#define KILN_HUGO_PAGES_GROUP_H_

#include <optional>
#include <string_view>
#include <vector>

#include "hugo/pages_object.h"

namespace kiln::hugo {

// One group of pages and its key, as the grouping methods produce and a pager of groups
// hands out.
struct PageGroup {
  Value key;
  std::vector<const Page*> pages;
};

// A page.PagesGroup value holding `groups` in order.
Value MakePagesGroup(std::vector<PageGroup> groups, const SiteObject* site);

// A page.PageGroup value: `key` and `pages` (what the `group` function makes).
Value MakePageGroup(Value key, std::vector<const Page*> pages, const SiteObject* site);

// The group `v` holds when it is a page.PageGroup value; nullopt otherwise.
std::optional<PageGroup> PageGroupOf(const Value& v);

// The groups of `v` when it is a page.PagesGroup value; nullopt otherwise.
std::optional<std::vector<PageGroup>> PageGroupsOf(const Value& v);

// Runs the grouping method `name` ("GroupBy…") with `args` over `pages`.
StatusOr<Value> GroupPages(const PagesObject& pages, const SiteObject* site, std::string_view name,
                           std::span<const Value> args);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGES_GROUP_H_
