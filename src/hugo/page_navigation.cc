#include "hugo/page_navigation.h"

#include "hugo/page_object.h"
#include "hugo/pages_object.h"
#include "hugo/site_object.h"

namespace kiln::hugo {
namespace {

const Page* CurrentSection(const Page& p) {
  if (p.kind == PageKind::kHome || p.kind == PageKind::kSection) return &p;
  return p.parent;
}

// The top-level section `p` is in; the home page for pages outside any section.
const Page* FirstSection(const Page& p) {
  // Taxonomies and terms sit under the home page, which hugo gives as their first section.
  if (p.kind == PageKind::kTaxonomy || p.kind == PageKind::kTerm) {
    const Page* root = &p;
    while (root->parent != nullptr) root = root->parent;
    return root;
  }
  const Page* section = CurrentSection(p);
  while (section != nullptr && section->parent != nullptr &&
         section->parent->kind != PageKind::kHome) {
    section = section->parent;
  }
  return section;
}

}  // namespace

bool IsAncestorPage(const Page& ancestor, const Page& page) {
  if (&ancestor == &page) return false;
  if (ancestor.kind == PageKind::kHome) return true;
  for (const Page* p = page.parent; p != nullptr; p = p->parent) {
    if (p == &ancestor) return true;
  }
  return false;
}

bool IsNavigationMember(std::string_view name) {
  for (std::string_view m : {"Sections", "CurrentSection", "FirstSection", "Ancestors",
                             "IsAncestor", "IsDescendant", "InSection"}) {
    if (name == m) return true;
  }
  return false;
}

StatusOr<Value> NavigationMember(const Page& page, const SiteObject* site, std::string_view name,
                                 std::span<const Value> args) {
  if (name == "Sections") {
    std::vector<const Page*> sections;
    for (const Page* p : page.pages) {
      if (p->kind == PageKind::kSection) sections.push_back(p);
    }
    return MakePages(std::move(sections), site);
  }
  if (name == "CurrentSection") return site->PageValue(CurrentSection(page));
  if (name == "FirstSection") return site->PageValue(FirstSection(page));
  if (name == "Ancestors") {
    std::vector<const Page*> ancestors;
    for (const Page* p = page.parent; p != nullptr; p = p->parent) ancestors.push_back(p);
    return MakePages(std::move(ancestors), site);
  }
  std::vector<const Page*> other = PagesOf(ValueList(args.begin(), args.end()));
  if (other.size() != 1) return Value::Bool(false);
  if (name == "IsAncestor") return Value::Bool(IsAncestorPage(page, *other[0]));
  if (name == "IsDescendant") return Value::Bool(IsAncestorPage(*other[0], page));
  return Value::Bool(CurrentSection(page) == CurrentSection(*other[0]));  // InSection
}

}  // namespace kiln::hugo
