// Pager: `.Paginator` and `.Paginate` as templates see them. A Paginator splits one
// collection of pages into pagers of a fixed size; each PagerObject is one of them with
// Hugo's members (`.Pages .PageNumber .TotalPages .TotalNumberOfElements .HasNext .HasPrev
// .Next .Prev .First .Last .URL .Pagers .PageSize .NumberOfElements`; 0.111 has no .PagerSize).
//
// PaginatedPageObject is the page a layout renders for one pager and output format: the
// page's members, its links as seen from that format, plus `.Paginator`/`.Paginate`, and a record
// of whether the layout paginated and how, which the render plan uses to decide how many pager
// files to write (Hugo learns the same by rendering pager 1).
//
// Paginating a page.PagesGroup (`.Paginate (.Pages.GroupByDate "2006")`) pages through the
// groups' pages, so a pager holds page_size pages and a group may continue on the next
// pager; such a pager answers `.PageGroups` and has no `.Pages`.
//
// A Paginator is immutable and shared by its pagers (shared_ptr); pagers may be read from
// any thread. A PaginatedPageObject lives for one render job and is used by one thread.
#ifndef KILN_HUGO_PAGER_H_
#define KILN_HUGO_PAGER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/page.h"
#include "hugo/output_format.h"
#include "hugo/page_object.h"
#include "value/value.h"

namespace kiln::hugo {

class SiteObject;

struct Paginator {
  std::vector<const Page*> items;
  // When the paginator pages through groups: the key of the group of each item.
  std::optional<std::vector<Value>> group_keys;
  int page_size = 10;
  std::string first_url;  // the list page's RelPermalink: pager 1's URL
  // "<list dir><paginatePath>/": pager n > 1 is "<pager_dir>n/", or "<pager_dir>n.html"
  // with uglyURLs (where the list dir of "/posts.html" is "/posts/").
  std::string pager_dir;
  bool ugly_urls = false;
  const SiteObject* site = nullptr;

  int TotalPages() const;
  std::string Url(int n) const;
};

// The value of pager `n` (1-based, clamped to the pagers that exist) of `paginator`.
Value PagerValue(std::shared_ptr<const Paginator> paginator, int n);

// What a layout asked of the pager while rendering.
struct PaginationUse {
  size_t items = 0;
  int page_size = 10;
};

class PaginatedPageObject final : public Object {
 public:
  // `pager` is the 1-based pager this job renders; `format` the output format it renders
  // in (null: HTML), which decides `.RelPermalink`, `.Permalink` and
  // `.AlternativeOutputFormats`.
  PaginatedPageObject(const PageObject* page, const SiteObject* site, int pager,
                      const OutputFormat* format = nullptr)
      : page_(page), site_(site), pager_(pager), format_(format) {}

  std::string_view TypeName() const override { return "*hugolib.pageState"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;
  const void* Identity() const override { return page_->Identity(); }

  const PageObject& page_object() const { return *page_; }

  // Set once the layout called `.Paginator` or `.Paginate`.
  const std::optional<PaginationUse>& used() const { return used_; }

 private:
  Value Paginate(std::vector<const Page*> items, std::optional<std::vector<Value>> group_keys,
                 int page_size) const;

  const PageObject* page_;
  const SiteObject* site_;
  int pager_;
  const OutputFormat* format_;
  mutable std::optional<PaginationUse> used_;
  mutable Value cached_;  // the pager handed out first; Hugo's pager is fixed per page
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGER_H_
