// NotFoundPageObject: the page the 404 layout renders. Hugo gives the 404 page a page of
// its own (Kind "404", Title "404 Page not found", `/404.html` under the language's home,
// HTML as its only output format) rather than the home page; its lists (`.Pages`,
// `.RegularPages`) are the site's and its parent is the home page.
//
// It owns its synthetic Page and borrows the SiteObject, which must outlive it. Read-only
// once built, so it may be rendered from any thread.
#ifndef KILN_HUGO_NOT_FOUND_PAGE_H_
#define KILN_HUGO_NOT_FOUND_PAGE_H_

#include <memory>
#include <span>
#include <string_view>

#include "content/page.h"
#include "hugo/page_object.h"
#include "hugo/site_object.h"
#include "value/value.h"

namespace kiln::hugo {

class NotFoundPageObject final : public Object {
 public:
  explicit NotFoundPageObject(const SiteObject* site);

  std::string_view TypeName() const override { return "*hugolib.pageState"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;
  // The page it answers for, so `eq` and `.Eq` find it equal to itself.
  const void* Identity() const override { return object_.Identity(); }

  // What partialCached keys this page by: hugo's 404 page and a home page without a content
  // file are the same key, so the 404 page reuses the home page's cached partials.
  const Object* CacheIdentity() const;

 private:
  const SiteObject* site_;
  std::unique_ptr<Page> page_;  // stable address: object_ points at it
  PageObject object_;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_NOT_FOUND_PAGE_H_
