// Unit tests of the collection helpers behind the page and site objects: collation, the
// scratch store, and menu ordering. Whole-site behaviour is covered by the golden sites.
#include <gtest/gtest.h>

#include "hugo/funcs/collate.h"
#include "hugo/menu.h"
#include "hugo/scratch.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
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
    int got = funcs::CollateCompare(c.a, c.b);
    EXPECT_EQ((got > 0) - (got < 0), c.want) << c.a << " vs " << c.b;
  }
}

TEST(FoldCompareTest, FoldsCaseAndBreaksTiesByBytes) {
  EXPECT_LT(funcs::FoldCompare("Blog", "info"), 0);
  EXPECT_LT(funcs::FoldCompare("B", "b"), 0);
  EXPECT_GT(funcs::FoldCompare("Zed", "alpha"), 0);
  EXPECT_EQ(funcs::FoldCompare("x", "x"), 0);
}

Value Call(const Scratch& s, std::string_view name, std::vector<Value> args) {
  StatusOr<Value> v = s.Member(name, args);
  EXPECT_OK(v.status());
  return v.ok() ? *v : Value();
}

TEST(ScratchTest, AddSumsJoinsAndAppends) {
  Scratch s;
  struct Case {
    std::string key;
    Value first, second, want;
  };
  const Case cases[] = {
      {"i", Value::Int(2), Value::Int(3), Value::Int(5)},
      {"f", Value::Float(1.5), Value::Int(1), Value::Float(2.5)},
      {"s", Value::String("ab"), Value::String("cd"), Value::String("abcd")},
      {"l", Value::List({Value::String("x")}), Value::String("y"),
       Value::List({Value::String("x"), Value::String("y")})},
  };
  for (const Case& c : cases) {
    Call(s, "Set", {Value::String(c.key), c.first});
    Call(s, "Add", {Value::String(c.key), c.second});
    EXPECT_EQ(Call(s, "Get", {Value::String(c.key)}), c.want) << c.key;
  }
  std::vector<Value> bad = {Value::String("s"), Value::Int(1)};
  EXPECT_FALSE(s.Member("Add", bad).ok());
}

TEST(ScratchTest, MapsAndDeletion) {
  Scratch s;
  Call(s, "SetInMap", {Value::String("m"), Value::String("b"), Value::Int(2)});
  Call(s, "SetInMap", {Value::String("m"), Value::String("a"), Value::Int(1)});
  EXPECT_EQ(Call(s, "GetSortedMapValues", {Value::String("m")}),
            Value::List({Value::Int(1), Value::Int(2)}));
  Call(s, "DeleteInMap", {Value::String("m"), Value::String("a")});
  EXPECT_EQ(Call(s, "Get", {Value::String("m")}), Value::Map({{"b", Value::Int(2)}}));
  Call(s, "Delete", {Value::String("m")});
  EXPECT_TRUE(Call(s, "Get", {Value::String("m")}).is_null());
  EXPECT_EQ(Call(s, "Values", {}), Value::Map({}));
}

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
