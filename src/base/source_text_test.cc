#include "base/source_text.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(SourceTextTest, LocateOffset) {
  std::string text = "title = 1\ndate = x\r\nend";
  SourceLocation loc = LocateOffset("c.toml", text, text.find('x'));
  EXPECT_EQ(loc.line, 2);
  EXPECT_EQ(loc.column, 8);
  EXPECT_EQ(loc.line_text, "date = x");
  EXPECT_EQ(LocateOffset("c", text, 0, 1).line, 2);
}

TEST(SourceTextTest, LocateLine) {
  SourceLocation loc = LocateLine("f", "a\nbb\nccc", 3, 2);
  EXPECT_EQ(loc.line_text, "ccc");
  EXPECT_EQ(LocateLine("f", "a", 5, 1).line_text, "");
}

}  // namespace
}  // namespace kiln
