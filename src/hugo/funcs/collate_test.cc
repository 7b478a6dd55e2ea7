// Collation used by sort, ByTitle and friends.
#include "hugo/funcs/collate.h"

#include <gtest/gtest.h>

#include <string>

namespace kiln::funcs {
namespace {

TEST(CollateTest, OrdersWithoutCaseThenLowerFirst) {
  struct Case {
    std::string a, b;
    int want;
  };
  const Case cases[] = {
      {"alpha", "Bravo", -1},   {"Bravo", "charlie", -1}, {"b", "B", -1},
      {"zulu link", "zulu", 1}, {"a b", "ab", -1},        {"2", "a", -1},
      {"same", "same", 0},
  };
  for (const Case& c : cases) {
    int got = CollateCompare(c.a, c.b);
    EXPECT_EQ((got > 0) - (got < 0), c.want) << c.a << " vs " << c.b;
  }
}

}  // namespace
}  // namespace kiln::funcs
