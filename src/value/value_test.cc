#include "value/value.h"

#include <gtest/gtest.h>

#include <memory>

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

// A plain object, and a wrapper that stands for another object (as the page a layout renders
// stands for the page collections hold).
class Thing final : public Object {
 public:
  explicit Thing(const Object* stands_for = nullptr) : stands_for_(stands_for) {}
  std::string_view TypeName() const override { return "thing"; }
  StatusOr<Value> Member(std::string_view, std::span<const Value>) const override {
    return Value();
  }
  const void* Identity() const override {
    return stands_for_ == nullptr ? this : stands_for_->Identity();
  }

 private:
  const Object* stands_for_;
};

TEST(ValueTest, ObjectsCompareByIdentity) {
  auto a = std::make_shared<Thing>();
  auto b = std::make_shared<Thing>();
  auto wraps_a = std::make_shared<Thing>(a.get());
  auto wraps_wraps_a = std::make_shared<Thing>(wraps_a.get());
  Value va = Value::FromObject(a);
  Value vb = Value::FromObject(b);
  Value vwa = Value::FromObject(wraps_a);
  Value vwwa = Value::FromObject(wraps_wraps_a);
  struct Case {
    const Value* x;
    const Value* y;
    bool equal;
  };
  const Case cases[] = {
      {&va, &va, true},   {&va, &vb, false},  {&va, &vwa, true},   {&vwa, &va, true},
      {&vb, &vwa, false}, {&va, &vwwa, true}, {&vwa, &vwwa, true}, {&vb, &vwwa, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(*c.x == *c.y, c.equal);
    // Membership in a list goes through the same equality.
    EXPECT_EQ(Value::List({*c.x}) == Value::List({*c.y}), c.equal);
  }
}

}  // namespace
}  // namespace kiln
