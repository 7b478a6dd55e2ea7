// PagesObject: a page collection as templates see it (Hugo's page.Pages): a list of page
// values that also answers the sorting, limiting and grouping methods (`.ByDate`,
// `.Reverse`, `.GroupBy "Section"`, …), each returning a new collection. PagesGroupObject
// is the result of grouping (page.PagesGroup): a list of groups with `.Key` and `.Pages`.
//
// Collections borrow the SiteObject (which owns every page object) and are immutable, so
// they may be shared between threads.
#ifndef KILN_HUGO_PAGES_OBJECT_H_
#define KILN_HUGO_PAGES_OBJECT_H_

#include <vector>

#include "content/page.h"
#include "hugo/funcs/list_object.h"

namespace kiln::hugo {

class SiteObject;

class PagesObject final : public funcs::ListObject {
 public:
  PagesObject(std::vector<const Page*> pages, const SiteObject* site);

  std::string_view TypeName() const override { return "page.Pages"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;
  const ValueList* AsList() const override { return &values_; }
  bool IsTruthy() const override { return !pages_.empty(); }
  Value WithItems(ValueList items) const override;

  const std::vector<const Page*>& pages() const { return pages_; }
  const SiteObject* site() const { return site_; }

 private:
  Value Make(std::vector<const Page*> pages) const;
  StatusOr<Value> Sorted(std::string_view name, std::span<const Value> args) const;
  StatusOr<Value> Grouped(std::string_view name, std::span<const Value> args) const;

  std::vector<const Page*> pages_;
  ValueList values_;
  const SiteObject* site_;
};

// Hugo's default page order: weight (0 last), newest first, link title (collated), then
// source file.
bool DefaultOrderLess(const Page& a, const Page& b, const SiteObject* site);

// A Value holding a new PagesObject.
Value MakePages(std::vector<const Page*> pages, const SiteObject* site);

// The pages of a list of page values (skipping anything else).
std::vector<const Page*> PagesOf(const ValueList& values);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGES_OBJECT_H_
