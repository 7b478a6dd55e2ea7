#include "hugo/menu.h"

#include <algorithm>

#include "base/path.h"
#include "base/strings.h"
#include "base/url_escape.h"
#include "content/page_sort.h"
#include "content/path_sanitize.h"
#include "content/title_collation.h"
#include "hugo/funcs/convert.h"
#include "hugo/page_navigation.h"
#include "value/lower_case_keys.h"

namespace kiln::hugo {
namespace {

std::string Text(const Value& v) {
  StatusOr<std::string> s = funcs::ToString(v);
  return s.ok() ? *s : std::string();
}

// Fills `e` from a configuration or front-matter map; keys in any case.
void ReadEntry(const Value& map, MenuEntry* e) {
  if (map.kind() != ValueKind::kMap) return;
  for (const auto& [key, v] : map.AsMap()) {
    std::string k = AsciiLower(key);
    if (k == "url") e->configured_url = Text(v);
    if (k == "pageref") e->page_ref = Text(v);
    if (k == "weight") {
      StatusOr<int64_t> w = funcs::ToInt(v);
      e->weight = w.ok() ? static_cast<int>(*w) : 0;
    }
    if (k == "name") e->name = Text(v);
    if (k == "title") e->title = Text(v);
    if (k == "pre") e->pre = Text(v);
    if (k == "post") e->post = Text(v);
    if (k == "identifier") e->identifier = Text(v);
    if (k == "parent") e->parent = Text(v);
    // Entries of a configured menu sit in a list, so their params were not lower-cased
    // with the rest of the config.
    if (k == "params") e->params = LowerCaseKeys(v);
  }
}

// A configured URL rooted at "/" is made to match the pages' URLs as hugo does: sanitised
// as a path (lower-cased, spaces as hyphens, other punctuation dropped), URL-escaped,
// without empty or dot segments, under the baseURL's path.
std::string NodeUrl(const std::string& url, const MenuConfig& config) {
  if (!url.starts_with("/")) return url;
  std::string out = GoUrlString(MakeUrlPath(url, config.disable_path_to_lower));
  const size_t path_end = std::min(out.find('#'), out.size());
  std::string path = CleanPath(out.substr(0, path_end));
  if (out[path_end - 1] == '/' && path != "/") path += '/';
  out = path + out.substr(path_end);
  std::string root = config.base_path;
  if (!root.empty() && root.back() == '/') root.pop_back();
  return root + out;
}

}  // namespace

std::string MenuEntry::Url() const {
  return page != nullptr ? page->rel_permalink : configured_url;
}

std::string MenuEntry::Title() const {
  if (!title.empty()) return title;
  return page != nullptr ? LinkTitle(*page) : std::string();
}

bool MenuEntry::IsEqual(const MenuEntry& other) const {
  auto id = [](const MenuEntry& e) {
    if (!e.identifier.empty()) return e.identifier;
    std::string url = e.Url();
    return url.empty() ? e.name : url;
  };
  return id(*this) == id(other) && parent == other.parent;
}

bool MenuEntry::IsSameResource(const MenuEntry& other) const {
  if (page != nullptr && page == other.page) return true;
  std::string a = Url(), b = other.Url();
  return !a.empty() && a == b;
}

void SortMenu(Menu* menu) {
  std::stable_sort(menu->begin(), menu->end(), [](const MenuEntry* a, const MenuEntry* b) {
    if (a->weight == b->weight) {
      int c = FoldCompare(a->name, b->name);
      return c == 0 ? a->identifier < b->identifier : c < 0;
    }
    if (b->weight == 0) return true;
    if (a->weight == 0) return false;
    return a->weight < b->weight;
  });
}

SiteMenus::SiteMenus(const MenuConfig& config, const ContentTree& content,
                     const std::function<const Page*(std::string_view)>& get_page) {
  using Key = std::pair<std::string, std::string>;  // menu, entry key name
  std::map<Key, MenuEntry*> flat;
  if (config.menus.kind() == ValueKind::kMap) {
    for (const auto& [name, list] : config.menus.AsMap()) {
      if (list.kind() != ValueKind::kList) continue;
      for (const Value& item : list.AsList()) {
        MenuEntry& e = entries_.emplace_back();
        e.menu = name;
        ReadEntry(item, &e);
        e.configured_url = NodeUrl(e.configured_url, config);
        if (!e.page_ref.empty()) e.page = get_page(e.page_ref);
        flat[{name, e.KeyName()}] = &e;
      }
    }
  }
  if (!config.section_pages_menu.empty()) {
    for (const Page* p : content.home().pages) {
      if (p->kind != PageKind::kSection || flat.count({config.section_pages_menu, p->section})) {
        continue;
      }
      MenuEntry& e = entries_.emplace_back();
      e.identifier = p->section;
      e.name = LinkTitle(*p);
      e.weight = p->meta.weight;
      e.page = p;
      flat[{config.section_pages_menu, e.KeyName()}] = &e;
    }
  }
  for (const Page* p : content.pages()) {
    const Value* spec = p->meta.params.Find("menus");
    if (spec == nullptr) spec = p->meta.params.Find("menu");
    if (spec == nullptr || spec->is_null()) continue;
    auto new_entry = [&](const std::string& menu) -> MenuEntry& {
      MenuEntry& e = entries_.emplace_back();
      e.page = p;
      e.name = LinkTitle(*p);
      e.weight = p->meta.weight;
      e.menu = menu;
      return e;
    };
    std::vector<std::pair<std::string, MenuEntry*>> own;
    if (spec->kind() == ValueKind::kMap) {
      for (const auto& [menu, item] : spec->AsMap()) {
        MenuEntry& e = new_entry(menu);
        ReadEntry(item, &e);
        own.emplace_back(menu, &e);
      }
    } else if (spec->kind() == ValueKind::kList) {
      // One entry shared by every menu named, as Hugo does.
      MenuEntry& e = new_entry("");
      for (const Value& name : spec->AsList()) {
        e.menu = Text(name);
        own.emplace_back(e.menu, &e);
      }
    } else {
      MenuEntry& e = new_entry(Text(*spec));
      own.emplace_back(e.menu, &e);
    }
    for (auto& [menu, e] : own) {
      page_menus_[p][menu] = e;
      flat.try_emplace({menu, e->KeyName()}, e);  // a duplicate key keeps the first
    }
  }
  std::map<Key, Menu> children;
  for (const auto& [key, e] : flat) {
    if (!e->parent.empty()) children[{e->menu, e->parent}].push_back(e);
  }
  for (auto& [key, menu] : children) {
    SortMenu(&menu);
    MenuEntry*& parent = flat[key];
    if (parent == nullptr) {
      parent = &entries_.emplace_back();
      parent->name = key.second;
    }
    parent->children = menu;
  }
  for (const auto& [key, e] : flat) {
    if (e->parent.empty()) menus_[key.first].push_back(e);
  }
  for (auto& [name, menu] : menus_) SortMenu(&menu);
}

const std::map<std::string, const MenuEntry*>& SiteMenus::PageMenus(const Page* page) const {
  static const std::map<std::string, const MenuEntry*> kNone;
  auto it = page_menus_.find(page);
  return it == page_menus_.end() ? kNone : it->second;
}

namespace {

bool HasSameResourceBelow(const MenuEntry& entry, const MenuEntry& parent) {
  for (const MenuEntry* child : parent.children) {
    if (child->IsSameResource(entry) || HasSameResourceBelow(entry, *child)) return true;
  }
  return false;
}

}  // namespace

bool SiteMenus::IsMenuCurrent(const Page* page, const std::string& menu,
                              const MenuEntry& entry) const {
  const auto& own = PageMenus(page);
  if (auto it = own.find(menu); it != own.end() && it->second->IsEqual(entry)) return true;
  if (entry.page != page) return false;
  auto it = menus_.find(menu);
  if (it == menus_.end()) return false;
  for (const MenuEntry* top : it->second) {
    if (top->IsSameResource(entry) || HasSameResourceBelow(entry, *top)) return true;
  }
  return false;
}

bool SiteMenus::HasMenuCurrent(const Page* page, const std::string& menu,
                               const MenuEntry& entry) const {
  if (entry.page != nullptr && entry.page->kind == PageKind::kSection &&
      IsAncestorPage(*entry.page, *page)) {
    return true;
  }
  if (entry.children.empty()) return false;
  const auto& own = PageMenus(page);
  if (auto it = own.find(menu); it != own.end()) {
    for (const MenuEntry* child : entry.children) {
      if (child->IsEqual(*it->second) || HasMenuCurrent(page, menu, *child)) return true;
    }
  }
  for (const MenuEntry* child : entry.children) {
    if (child->page == page || HasMenuCurrent(page, menu, *child)) return true;
  }
  return false;
}

}  // namespace kiln::hugo
