#include "base/txtar.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(TxtarTest, ParseAndFormat) {
  std::string text = "comment\n-- a.md --\nhello\n--  b/c.txt  --\n-- d --\nx";
  TxtarArchive archive = ParseTxtar(text);
  EXPECT_EQ(archive.comment, "comment\n");
  ASSERT_EQ(archive.files.size(), 3u);
  EXPECT_EQ(archive.files[0].name, "a.md");
  EXPECT_EQ(archive.files[0].data, "hello\n");
  EXPECT_EQ(archive.files[1].name, "b/c.txt");
  EXPECT_EQ(archive.files[1].data, "");
  EXPECT_EQ(archive.Find("d")->data, "x\n");
  EXPECT_EQ(FormatTxtar(archive), "comment\n-- a.md --\nhello\n-- b/c.txt --\n-- d --\nx\n");
}

}  // namespace
}  // namespace kiln
