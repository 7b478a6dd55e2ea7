#include "config/value_tree.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

Value I(int64_t i) { return Value::Int(i); }

TEST(ValueTreeTest, MergeOverAndFillIn) {
  Value base = Value::Map({{"a", I(1)}, {"m", Value::Map({{"x", I(1)}, {"y", I(1)}})}});
  Value over = Value::Map({{"b", I(2)}, {"m", Value::Map({{"y", I(2)}, {"z", I(2)}})}});
  EXPECT_EQ(
      MergeOver(base, over),
      Value::Map(
          {{"a", I(1)}, {"b", I(2)}, {"m", Value::Map({{"x", I(1)}, {"y", I(2)}, {"z", I(2)}})}}));
  EXPECT_EQ(
      FillIn(base, over),
      Value::Map(
          {{"a", I(1)}, {"b", I(2)}, {"m", Value::Map({{"x", I(1)}, {"y", I(1)}, {"z", I(2)}})}}));
  // A non-map replaces a map only when it wins; null never replaces anything.
  EXPECT_EQ(MergeOver(base, I(3)), I(3));
  EXPECT_EQ(MergeOver(base, Value()), base);
  EXPECT_EQ(FillIn(Value(), base), base);
  EXPECT_EQ(FillIn(I(3), base), I(3));
}

TEST(ValueTreeTest, PathsAndKeys) {
  Value tree = SetPath(Value(), {"a", "b"}, I(1));
  EXPECT_EQ(tree, Value::Map({{"a", Value::Map({{"b", I(1)}})}}));
  tree = SetPath(tree, {"a", "c"}, I(2));
  tree = SetPath(tree, {"a", "b", "deeper"}, I(3));  // replaces the int on the way
  EXPECT_EQ(*FindPath(tree, {"a", "b", "deeper"}), I(3));
  EXPECT_EQ(*FindPath(tree, {"a", "c"}), I(2));
  EXPECT_EQ(FindPath(tree, {"a", "x"}), nullptr);
  EXPECT_EQ(FindPath(tree, {"a", "c", "x"}), nullptr);
  EXPECT_EQ(*FindPath(tree, {}), tree);
  EXPECT_EQ(SplitKey("Markup.Goldmark.renderer"),
            (std::vector<std::string>{"markup", "goldmark", "renderer"}));
}

}  // namespace
}  // namespace kiln
