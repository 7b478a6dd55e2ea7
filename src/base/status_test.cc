#include "base/status.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, FormatsLocationCaretAndContext) {
  Status s = InvalidArgumentError("unexpected \"}\" in operand")
                 .At(SourceLocation{"layouts/_default/single.html", 3, 9, "  {{ .Title }}}"})
                 .WithContext("rendering posts/x.md");
  EXPECT_EQ(s.ToString(),
            "layouts/_default/single.html:3:9: unexpected \"}\" in operand\n"
            "    {{ .Title }}}\n"
            "          ^\n"
            "  rendering posts/x.md");
}

TEST(StatusTest, InnermostLocationWins) {
  Status s = NotFoundError("x").At(SourceLocation{"a", 1, 1, ""}).At(SourceLocation{"b", 2, 2, ""});
  EXPECT_EQ(s.location()->file, "a");
}

StatusOr<int> Half(int x) {
  if (x % 2) return InvalidArgumentError("odd");
  return x / 2;
}

Status UseHalf(int x, int* out) {
  ASSIGN_OR_RETURN(*out, Half(x));
  return Status::Ok();
}

TEST(StatusOrTest, ValueAndError) {
  ASSERT_OK_AND_ASSIGN(int v, Half(4));
  EXPECT_EQ(v, 2);
  int out = 0;
  EXPECT_EQ(UseHalf(3, &out).message(), "odd");
  ASSERT_OK(UseHalf(8, &out));
  EXPECT_EQ(out, 4);
}

}  // namespace
}  // namespace kiln
