#include "content/pagination.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(PaginationTest, PagerCount) {
  const std::tuple<size_t, int, int> kCases[] = {{0, 10, 1},  {1, 10, 1}, {10, 10, 1},
                                                 {11, 10, 2}, {5, 2, 3},  {7, 0, 1}};
  for (const auto& [items, size, want] : kCases) {
    EXPECT_EQ(PagerCount(items, size), want) << items << "/" << size;
  }
}

TEST(PaginationTest, PagerFile) {
  Page home, section;
  home.kind = PageKind::kHome;
  section.kind = PageKind::kSection;
  section.target_dir = "posts/";
  ContentOptions o;
  EXPECT_EQ(PagerFile(home, 2, o), "page/2/index.html");
  EXPECT_EQ(PagerFile(section, 1, o), "posts/page/1/index.html");
  o.ugly_urls = true;
  o.paginate_path = "seite";
  EXPECT_EQ(PagerFile(section, 3, o), "posts/seite/3.html");
}

TEST(PaginationTest, HomePaginatesTheSiteRegularPages) {
  Page home, section, a, b;
  home.kind = PageKind::kHome;
  section.kind = PageKind::kSection;
  home.pages = {&section};
  section.pages = {&a};
  std::vector<Page*> regular = {&a, &b};
  EXPECT_EQ(PaginatedItems(home, regular).size(), 2u);
  EXPECT_EQ(PaginatedItems(section, regular).size(), 1u);
}

}  // namespace
}  // namespace kiln
