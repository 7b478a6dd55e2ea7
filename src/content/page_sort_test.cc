#include "content/page_sort.h"

#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace kiln {
namespace {

// A page as the assembler would leave it, for sorting: `spec` is "term:tags/go",
// "section:posts" (without _index.md), "section:posts/_index.md" or "page:posts/a.md".
std::unique_ptr<Page> MakePage(const std::string& spec, const std::string& title,
                               int64_t date = 0) {
  auto page = std::make_unique<Page>();
  std::string kind = spec.substr(0, spec.find(':'));
  std::string path = spec.substr(spec.find(':') + 1);
  page->meta.title = title;
  page->meta.date.unix_seconds = date;
  if (kind == "term") {
    page->kind = PageKind::kTerm;
    page->taxonomy = path.substr(0, path.find('/'));
    page->term = path.substr(path.find('/') + 1);
  } else if (kind == "taxonomy") {
    page->kind = PageKind::kTaxonomy;
    page->taxonomy = path;
  } else {
    page->kind = kind == "section" ? PageKind::kSection : PageKind::kPage;
    page->has_file = path.ends_with(".md");
    page->file.path = path;
    page->file.filesystem_path = "content/" + path;
    if (page->has_file) {
      page->file.logical_name = path.substr(path.rfind('/') + 1);
      page->file.ext = "md";
    }
  }
  return page;
}

TEST(PageSortTest, PagesWithoutFilesThatTieAreEachLess) {
  auto a = MakePage("term:tags/go", "Go");
  auto b = MakePage("term:series/go", "Go");
  auto c = MakePage("section:go/_index.md", "Go");
  EXPECT_TRUE(DefaultPageLess(*a, *b));
  EXPECT_TRUE(DefaultPageLess(*b, *a));
  EXPECT_TRUE(DefaultPageLess(*a, *c));
  EXPECT_FALSE(DefaultPageLess(*c, *a));
}

struct SortCase {
  std::string name;
  CollectOrder order;
  std::vector<std::string> pages;  // specs, each titled "T" unless "=title" follows
  std::vector<std::string> want;
};

TEST(PageSortTest, TiesLandWhereHugoLeavesThem) {
  const std::vector<SortCase> cases = {
      // Hugo collects terms in key order; the insertion sort moves each tied one to the front.
      {"terms",
       CollectOrder::kSite,
       {"term:k2/t", "term:k1/t", "term:k3/t", "term:k4/t"},
       {"term:k4/t", "term:k3/t", "term:k2/t", "term:k1/t"}},
      // The site collects regular pages, then sections, then taxonomies (as hugo's
      // /alpha/, /tags/alphas/ and /series/alphas/ in golden site so_tie_order).
      {"site",
       CollectOrder::kSite,
       {"term:tags/t", "section:t", "page:t/a.md=A", "term:series/t"},
       {"page:t/a.md", "term:tags/t", "term:series/t", "section:t"}},
      // A section's children: its sections first, then its regular pages.
      {"children",
       CollectOrder::kChildren,
       {"page:s/a.md", "section:s/x", "section:s/y"},
       {"section:s/y", "section:s/x", "page:s/a.md"}},
  };
  for (const SortCase& c : cases) {
    std::vector<std::unique_ptr<Page>> owned;
    std::vector<Page*> pages;
    for (const std::string& spec : c.pages) {
      size_t eq = spec.find('=');
      owned.push_back(
          MakePage(spec.substr(0, eq), eq == std::string::npos ? "T" : spec.substr(eq + 1)));
      pages.push_back(owned.back().get());
    }
    SortPagesDefault(&pages, c.order);
    std::vector<std::string> got;
    for (const Page* p : pages) {
      size_t i = 0;
      while (owned[i].get() != p) ++i;
      std::string spec = c.pages[i];
      got.push_back(spec.substr(0, spec.find('=')));
    }
    EXPECT_EQ(got, c.want) << c.name;
  }
}

}  // namespace
}  // namespace kiln
