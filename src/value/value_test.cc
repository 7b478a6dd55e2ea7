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

}  // namespace
}  // namespace kiln
