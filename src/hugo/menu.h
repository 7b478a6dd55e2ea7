// Menus: the site's navigation menus, assembled once from the configuration (`[[menus.main]]`
// entries), from pages' front matter (`menu: main`, `menu: [main, footer]`,
// `menu: {main: {weight: 2, parent: "docs"}}`) and from `sectionPagesMenu`, with children
// attached to their parents and every level sorted by weight, then name, then identifier.
//
// A SiteMenus owns its entries and borrows the content tree's pages; it is built
// single-threaded and then only read, from many threads.
#ifndef KILN_HUGO_MENU_H_
#define KILN_HUGO_MENU_H_

#include <deque>
#include <map>
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "value/value.h"

namespace kiln::hugo {

struct MenuEntry {
  std::string configured_url;  // `url`
  std::string page_ref;        // `pageRef`
  const Page* page = nullptr;  // the page it links to, if any
  std::string name, menu, identifier, title, pre, post, parent;
  int weight = 0;
  Value params;  // null or a Map
  std::vector<const MenuEntry*> children;

  // `.URL`: the page's link, else the configured URL.
  std::string Url() const;
  // `.KeyName`: the identifier, else the name.
  const std::string& KeyName() const { return identifier.empty() ? name : identifier; }
  // `.Title`: the configured title, else the page's link title.
  std::string Title() const;
  // The same entry: the same identifier (else URL, else name) under the same parent.
  bool IsEqual(const MenuEntry& other) const;
  // Entries linking to the same page, or to the same non-empty URL.
  bool IsSameResource(const MenuEntry& other) const;
};

using Menu = std::vector<const MenuEntry*>;

// Sorts by weight (0 last), then name (case-folded), then identifier.
void SortMenu(Menu* menu);

struct MenuConfig {
  Value menus;                     // the `menus` section: name → list of entry maps
  std::string section_pages_menu;  // "" when unset
  std::string base_path;           // the baseURL's path, "/" or "/docs/"
  bool disable_path_to_lower = false;
};

class SiteMenus {
 public:
  // Resolves `pageRef`s with `get_page`.
  SiteMenus(const MenuConfig& config, const ContentTree& content,
            const std::function<const Page*(std::string_view)>& get_page);

  // `.Site.Menus`: menu name → top-level entries.
  const std::map<std::string, Menu>& menus() const { return menus_; }
  // `.Menus` of `page`: menu name → the page's own entry (empty when it has none).
  const std::map<std::string, const MenuEntry*>& PageMenus(const Page* page) const;

  bool IsMenuCurrent(const Page* page, const std::string& menu, const MenuEntry& entry) const;
  bool HasMenuCurrent(const Page* page, const std::string& menu, const MenuEntry& entry) const;

 private:
  std::deque<MenuEntry> entries_;
  std::map<std::string, Menu> menus_;
  std::map<const Page*, std::map<std::string, const MenuEntry*>> page_menus_;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_MENU_H_
