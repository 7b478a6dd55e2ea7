#include "value/lower_case_keys.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(LowerCaseKeysTest, RecursesThroughMapsButNotLists) {
  Value in = Value::Map({
      {"Title", Value::String("Keep Case")},
      {"Params", Value::Map({{"MyKey", Value::Int(1)}})},
      {"Menu", Value::List({Value::Map({{"Name", Value::String("Home")}}), Value::Int(2)})},
  });
  Value want = Value::Map({
      {"title", Value::String("Keep Case")},
      {"params", Value::Map({{"mykey", Value::Int(1)}})},
      {"menu", Value::List({Value::Map({{"Name", Value::String("Home")}}), Value::Int(2)})},
  });
  EXPECT_EQ(LowerCaseKeys(in), want);
}

TEST(LowerCaseKeysTest, MakesParamsMapsOutsideLists) {
  Value out = LowerCaseKeys(Value::Map({
      {"Nested", Value::Map({{"Deep", Value::Map({})}})},
      {"List", Value::List({Value::Map({{"Name", Value::String("Home")}})})},
  }));
  EXPECT_TRUE(out.is_params());
  EXPECT_TRUE(out.Find("nested")->is_params());
  EXPECT_TRUE(out.Find("nested")->Find("deep")->is_params());
  EXPECT_FALSE(out.Find("list")->AsList()[0].is_params());
}

TEST(LowerCaseKeysTest, MapOfKind) {
  EXPECT_TRUE(MapOfKind(true, {}).is_params());
  EXPECT_FALSE(MapOfKind(false, {}).is_params());
}

TEST(LowerCaseKeysTest, LowerCaseSpellingWins) {
  Value in = Value::Map({{"Foo", Value::Int(1)}, {"fOO", Value::Int(2)}, {"foo", Value::Int(3)}});
  EXPECT_EQ(LowerCaseKeys(in), Value::Map({{"foo", Value::Int(3)}}));
}

TEST(LowerCaseKeysTest, ScalarsUnchanged) {
  EXPECT_EQ(LowerCaseKeys(Value::String("ABC")), Value::String("ABC"));
  EXPECT_EQ(LowerCaseKeys(Value()), Value());
}

}  // namespace
}  // namespace kiln
