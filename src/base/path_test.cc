#include "base/path.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(PathTest, Clean) {
  EXPECT_EQ(CleanPath(""), ".");
  EXPECT_EQ(CleanPath("a//b/./c/.."), "a/b");
  EXPECT_EQ(CleanPath("/../a"), "/a");
  EXPECT_EQ(CleanPath("../a"), "../a");
  EXPECT_EQ(CleanPath("/"), "/");
}

TEST(PathTest, Parts) {
  EXPECT_EQ(JoinPath("a/", "/b"), "a/b");
  EXPECT_EQ(PathDir("a/b/c.md"), "a/b");
  EXPECT_EQ(PathDir("c.md"), "");
  EXPECT_EQ(PathBase("a/b/c.md"), "c.md");
  EXPECT_EQ(PathExt("a/c.tar.gz"), ".gz");
  EXPECT_EQ(PathExt("a.d/c"), "");
  EXPECT_EQ(PathStem("a/c.md"), "c");
}

}  // namespace
}  // namespace kiln
