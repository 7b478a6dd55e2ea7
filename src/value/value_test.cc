#include "value/value.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(ValueTest, Truthiness) {
  EXPECT_FALSE(Value().IsTruthy());
  EXPECT_FALSE(Value::Int(0).IsTruthy());
  EXPECT_TRUE(Value::Float(0.5).IsTruthy());
  EXPECT_FALSE(Value::String("").IsTruthy());
  EXPECT_FALSE(Value::List({}).IsTruthy());
  EXPECT_TRUE(Value::Map({{"a", Value()}}).IsTruthy());
  // Hugo's template fork: a zero time is false (IsZero), any other time true.
  EXPECT_FALSE(Value::FromTime(Time::Zero()).IsTruthy());
  EXPECT_TRUE(Value::FromTime(Time()).IsTruthy());
}

TEST(ValueTest, EqualityAndLookup) {
  EXPECT_EQ(Value::Int(2), Value::Float(2.0));
  EXPECT_NE(Value::String("2"), Value::Int(2));
  Value m = Value::Map({{"title", Value::String("x")}});
  ASSERT_NE(m.Find("title"), nullptr);
  EXPECT_EQ(m.Find("title")->AsString(), "x");
  EXPECT_EQ(m.Find("nope"), nullptr);
  EXPECT_EQ(Value::String("<b>", SafeKind::kHTML).safe_kind(), SafeKind::kHTML);
  EXPECT_TRUE(Time::Zero().IsZero());
}

TEST(ValueTest, ParamsMapsFindAnySpellingPlainMapsOnlyTheExactOne) {
  ValueMap entries = {{"title", Value::String("x")}, {"Mixed", Value::Int(1)}};
  struct Case {
    std::string_view key;
    bool in_plain;
    bool in_params;
  };
  const Case cases[] = {
      {"title", true, true},  {"Title", false, true},  {"TITLE", false, true},
      {"Mixed", true, true},  {"mixed", false, false}, {"nope", false, false},
      {"NOPE", false, false},
  };
  Value plain = Value::Map(entries);
  Value params = Value::Params(entries);
  EXPECT_FALSE(plain.is_params());
  EXPECT_TRUE(params.is_params());
  for (const Case& c : cases) {
    EXPECT_EQ(plain.Find(c.key) != nullptr, c.in_plain) << c.key;
    EXPECT_EQ(params.Find(c.key) != nullptr, c.in_params) << c.key;
  }
  EXPECT_EQ(plain, params);  // the marker is about lookup, not content
}

}  // namespace
}  // namespace kiln
