#include "config/env_overrides.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

struct EnvCase {
  std::string name;
  Value existing;  // null: the key is unset
  std::string text;
  Value want;  // null: the override is ignored
};

class EnvOverrideTest : public ::testing::TestWithParam<EnvCase> {};

TEST_P(EnvOverrideTest, ConvertsToTheExistingType) {
  const EnvCase& c = GetParam();
  Value tree = Value::Map({});
  if (!c.existing.is_null()) tree = Value::Map({{"params", Value::Map({{"k", c.existing}})}});
  Value out = ApplyEnvOverrides(tree, {{"HUGO_PARAMS_K", c.text}});
  const Value* params = out.Find("params");
  const Value* got = params ? params->Find("k") : nullptr;
  if (c.want.is_null()) {
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(*got, c.existing);
  } else {
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(*got, c.want);
    EXPECT_EQ(got->kind(), c.want.kind());
  }
}

INSTANTIATE_TEST_SUITE_P(
    All, EnvOverrideTest,
    ::testing::Values(
        EnvCase{"NewKeyIsString", Value(), "12", Value::String("12")},
        EnvCase{"String", Value::String("a"), " b ", Value::String("b")},
        EnvCase{"BoolTrue", Value::Bool(false), "T", Value::Bool(true)},
        EnvCase{"BoolZero", Value::Bool(true), "0", Value::Bool(false)},
        EnvCase{"BoolBad", Value::Bool(true), "yes", Value()},
        EnvCase{"Int", Value::Int(1), "42", Value::Int(42)},
        EnvCase{"IntZeroDecimals", Value::Int(1), "3.00", Value::Int(3)},
        EnvCase{"IntBad", Value::Int(1), "3.5", Value()},
        EnvCase{"Float", Value::Float(1), "2.5", Value::Float(2.5)},
        EnvCase{"MapJson", Value::Map({}), R"({"Q": 1})", Value::Map({{"q", Value::Float(1)}})},
        EnvCase{"MapToml", Value::Map({}), "a = 1", Value::Map({{"a", Value::Int(1)}})},
        EnvCase{"MapYaml", Value::Map({}), "a: x", Value::Map({{"a", Value::String("x")}})},
        EnvCase{"MapBad", Value::Map({{"z", Value::Int(0)}}), "[1", Value()},
        EnvCase{"List", Value::List({}), "[a, 2]",
                Value::List({Value::String("a"), Value::Int(2)})}),
    [](const ::testing::TestParamInfo<EnvCase>& info) { return info.param.name; });

TEST(EnvOverrideTest, DelimiterAndNonHugoVariables) {
  Value out = ApplyEnvOverrides(Value::Map({}), {{"HUGOxPARAMSxA_B", "1"},
                                                 {"HUGO_", "short"},
                                                 {"HUGO", "short"},
                                                 {"PATH", "/bin"},
                                                 {"HUGO_Title", "T"}});
  EXPECT_EQ(out, Value::Map({{"params", Value::Map({{"a_b", Value::String("1")}})},
                             {"title", Value::String("T")}}));
}

}  // namespace
}  // namespace kiln
