#include "base/strings.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace kiln {
namespace {

TEST(StringsTest, Basics) {
  EXPECT_EQ(AsciiLower("AbC-é"), "abc-é");
  EXPECT_TRUE(EqualsIgnoreAsciiCase("RSS", "rss"));
  EXPECT_EQ(TrimSpace(" \tx y\n"), "x y");
  EXPECT_EQ(Split("a,,b", ',').size(), 3u);
  EXPECT_EQ(Join({"a", "b"}, ", "), "a, b");
  EXPECT_EQ(ReplaceAll("a-b-c", "-", "--"), "a--b--c");
  EXPECT_EQ(XmlEscape("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
}

TEST(Utf8Test, DecodesAsGoDoes) {
  int width = 0;
  EXPECT_EQ(DecodeRune("é", 0, &width), U'é');
  EXPECT_EQ(width, 2);
  EXPECT_EQ(DecodeRune("\xC0\x80", 0, &width), kRuneError);  // overlong
  EXPECT_EQ(width, 1);
  EXPECT_EQ(DecodeRune("\xED\xA0\x80", 0, &width), kRuneError);  // surrogate
  EXPECT_EQ(DecodeRune("\xE2\x82", 0, &width), kRuneError);      // truncated
  std::string out;
  AppendRune(&out, U'€');
  AppendRune(&out, 0x110000);
  EXPECT_EQ(out, "€\xEF\xBF\xBD");
  EXPECT_EQ(RuneCount("héllo"), 5u);
}

}  // namespace
}  // namespace kiln
