// Unit tests of menu ordering and identity behind `.Site.Menus`. Whole-site behaviour is
// covered by the golden sites.
#include <gtest/gtest.h>

#include "hugo/menu.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

MenuEntry Entry(std::string name, int weight, std::string identifier = "", std::string url = "") {
  MenuEntry e;
  e.name = std::move(name);
  e.weight = weight;
  e.identifier = std::move(identifier);
  e.configured_url = std::move(url);
  return e;
}

TEST(MenuTest, SortsByWeightWithZeroLastThenNameThenIdentifier) {
  MenuEntry a = Entry("b", 0), b = Entry("A", 0), c = Entry("z", 2), d = Entry("y", 1),
            e = Entry("A", 0, "0");
  Menu menu = {&a, &b, &c, &d, &e};
  SortMenu(&menu);
  std::vector<const MenuEntry*> want = {&d, &c, &b, &e, &a};
  EXPECT_EQ(menu, want);
}

TEST(MenuTest, EntryIdentityAndResource) {
  MenuEntry a = Entry("X", 0, "", "/x/");
  MenuEntry b = Entry("Other", 0, "", "/x/");
  MenuEntry c = Entry("X", 0, "x");
  EXPECT_TRUE(a.IsEqual(b));  // both identified by their URL
  EXPECT_FALSE(a.IsEqual(c));
  EXPECT_TRUE(a.IsSameResource(b));
  EXPECT_FALSE(a.IsSameResource(c));
  EXPECT_EQ(c.KeyName(), "x");
  EXPECT_EQ(a.KeyName(), "X");
}

}  // namespace
}  // namespace kiln::hugo
