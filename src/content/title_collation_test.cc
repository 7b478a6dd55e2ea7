#include "content/title_collation.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace kiln {
namespace {

TEST(TitleCollationTest, SortsAsHugosDefaultPageSort) {
  // The order hugo 0.111.3 lists pages of one date and weight with these titles.
  const std::vector<std::string> want = {
      "_x", "1",     "10", "9", "a",   "A",      "a b",    "a-b", "a1", "ab", "aB",
      "Ab", "apple", "b",  "B", "Ecl", "eclair", "éclair", "x.",  "x{", "x~", "Zebra"};
  std::vector<std::string> got = want;
  std::reverse(got.begin(), got.end());
  std::stable_sort(got.begin(), got.end(), [](const std::string& a, const std::string& b) {
    return CollateTitles(a, b) < 0;
  });
  EXPECT_EQ(got, want);
}

TEST(TitleCollationTest, ResultsByLevel) {
  struct Case {
    const char* a;
    const char* b;
    int want;
  };
  const Case cases[] = {
      {"markdown", "Markdown Syntax Guide", -1},  // a prefix first, whatever the case
      {"syntax", "Markdown Syntax Guide", 1},
      {"Same", "Same", 0},
      {"e", "é", -1},         // accents after the plain letter
      {"é", "E", 1},          // accents outrank case
      {"b", "\xce\xb1", -1},  // other scripts after Latin
  };
  for (const Case& c : cases) {
    int got = CollateTitles(c.a, c.b);
    EXPECT_EQ(got < 0 ? -1 : got > 0 ? 1 : 0, c.want) << c.a << " vs " << c.b;
  }
}

// Orders Go's compare.Strings gives (checked with Go): hugo's file-name and menu order.
TEST(FoldCompareTest, FoldsCaseThenComparesBytes) {
  struct Case {
    const char* a;
    const char* b;
    int want;
  };
  const Case kCases[] = {
      {"Blog", "info", -1}, {"B", "b", -1},         {"Zed", "alpha", 1},    {"x", "x", 0},
      {"a.md", "B.md", -1}, {"b-x.md", "B.md", -1}, {"_c.md", "Ab.md", -1}, {"[", "A", -1},
      {"ab", "AB", 1},      {"abc", "AB", 1},       {"É", "é", -1},         {"Éa", "éb", -1},
      {"É", "ä", -1},       {"z", "é", -1},         {"", "a", -1},
  };
  for (const Case& c : kCases) {
    int got = FoldCompare(c.a, c.b);
    EXPECT_EQ((got > 0) - (got < 0), c.want) << c.a << " vs " << c.b;
  }
}

}  // namespace
}  // namespace kiln
