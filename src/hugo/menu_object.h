// The menu values templates see: `.Site.Menus` (navigation.Menus: name → menu), a menu
// (navigation.Menu: entries with `.ByWeight`, `.ByName`, `.Reverse`, `.Limit`), an entry
// (*navigation.MenuEntry: `.Name`, `.URL`, `.Children`, …), a page's `.Menus`, and the
// page queries `.IsMenuCurrent` and `.HasMenuCurrent`.
//
// Values borrow the SiteMenus and the SiteObject, which outlive every render; immutable.
#ifndef KILN_HUGO_MENU_OBJECT_H_
#define KILN_HUGO_MENU_OBJECT_H_

#include "hugo/menu.h"

namespace kiln::hugo {

class SiteObject;

// `.Site.Menus`.
Value SiteMenusValue(const SiteMenus& menus, const SiteObject* site);

// The page members `Menus`, `IsMenuCurrent` and `HasMenuCurrent` of `page`.
StatusOr<Value> PageMenuMember(const SiteMenus& menus, const SiteObject* site, const Page* page,
                               std::string_view name, std::span<const Value> args);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_MENU_OBJECT_H_
