// A page's place in the section tree as templates ask for it: `.Sections`,
// `.CurrentSection`, `.FirstSection`, `.Ancestors`, `.IsAncestor`, `.IsDescendant` and
// `.InSection`. Pure functions over the frozen content tree; thread-safe.
#ifndef KILN_HUGO_PAGE_NAVIGATION_H_
#define KILN_HUGO_PAGE_NAVIGATION_H_

#include <span>
#include <string_view>

#include "content/page.h"
#include "value/value.h"

namespace kiln::hugo {

class SiteObject;

// Whether `name` is one of the members above.
bool IsNavigationMember(std::string_view name);

StatusOr<Value> NavigationMember(const Page& page, const SiteObject* site, std::string_view name,
                                 std::span<const Value> args);

// Whether `ancestor` is above `page` in the tree (the home page is above every other page).
bool IsAncestorPage(const Page& ancestor, const Page& page);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGE_NAVIGATION_H_
