#include "hugo/language_merge.h"

#include <gtest/gtest.h>

#include <vector>

#include "testing/status_matchers.h"
#include "value/go_format.h"

namespace kiln::hugo {
namespace {

// lang.Merge hands back one side untouched when the other is empty, before looking at
// types, as hugo does.
TEST(LangMergeTest, EmptySideGivesTheOtherUnchanged) {
  struct Case {
    Value from, to, want;
  };
  const std::vector<Case> cases = {
      {Value::String("from"), Value(), Value::String("from")},
      {Value::String("from"), Value::String(""), Value::String("from")},
      {Value(), Value::String("to"), Value::String("to")},
      {Value::List(ValueList{}), Value::Int(3), Value::Int(3)},
  };
  for (const Case& c : cases) {
    ASSERT_OK_AND_ASSIGN(Value got, LangMerge(std::vector<Value>{c.from, c.to}));
    EXPECT_EQ(GoValueString(got), GoValueString(c.want));
  }
}

TEST(LangMergeTest, TargetMustBePages) {
  struct Case {
    Value to;
    std::string want;
  };
  const std::vector<Case> cases = {
      {Value::String("x"), "language merge not supported for string"},
      {Value::List({Value::Int(1)}), "language merge not supported for []interface {}"},
      {Value::Int(2), "language merge not supported for int"},
  };
  for (const Case& c : cases) {
    StatusOr<Value> got = LangMerge(std::vector<Value>{Value::String("from"), c.to});
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.status().message(), c.want);
  }
}

}  // namespace
}  // namespace kiln::hugo
