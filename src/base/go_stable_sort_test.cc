#include "base/go_stable_sort.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace kiln {
namespace {

// An item of testdata/go_sort/stable.txt, which tools/gosort prints with Go's sort.Stable.
struct Item {
  int group;
  bool zero;  // answers "less" against every other item of its group
  int index;
};

// The comparator tools/gosort sorts with, shaped like Hugo's default page order.
bool ItemLess(const Item& a, const Item& b) {
  if (a.group != b.group) return a.group < b.group;
  if (a.zero || b.zero) return a.zero;
  return a.index < b.index;
}

TEST(GoStableSortTest, MatchesGoOrdersForAnInconsistentComparator) {
  std::ifstream file("testdata/go_sort/stable.txt");
  ASSERT_TRUE(file.is_open());
  std::string line;
  int cases = 0;
  while (std::getline(file, line)) {
    size_t bar = line.find('|');
    ASSERT_NE(bar, std::string::npos) << line;
    std::vector<Item> items;
    std::istringstream in(line.substr(0, bar));
    for (std::string word; in >> word;) {
      items.push_back({word[0] - '0', word[1] == 'z', static_cast<int>(items.size())});
    }
    std::vector<int> want;
    std::istringstream out(line.substr(bar + 1));
    for (int index; out >> index;) want.push_back(index);

    GoStableSort(items.begin(), items.end(), ItemLess);
    std::vector<int> got;
    for (const Item& item : items) got.push_back(item.index);
    EXPECT_EQ(got, want) << "input " << line.substr(0, bar);
    ++cases;
  }
  EXPECT_EQ(cases, 189);
}

TEST(GoStableSortTest, EqualsStdStableSortForAStrictWeakOrder) {
  for (int n : {0, 1, 19, 20, 21, 40, 41, 97, 500}) {
    std::vector<std::pair<int, int>> items;
    for (int i = 0; i < n; ++i) items.emplace_back((i * 7919) % 13, i);
    auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::vector<std::pair<int, int>> want = items;
    std::stable_sort(want.begin(), want.end(), by_key);
    GoStableSort(items.begin(), items.end(), by_key);
    EXPECT_EQ(items, want) << "n=" << n;
  }
}

}  // namespace
}  // namespace kiln
