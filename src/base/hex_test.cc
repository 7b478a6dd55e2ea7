#include "base/hex.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(HexTest, DigitValues) {
  EXPECT_EQ(HexDigitValue('0'), 0);
  EXPECT_EQ(HexDigitValue('9'), 9);
  EXPECT_EQ(HexDigitValue('a'), 10);
  EXPECT_EQ(HexDigitValue('F'), 15);
  EXPECT_EQ(HexDigitValue('g'), -1);
  EXPECT_FALSE(IsHexDigit('/'));
}

TEST(HexTest, PercentEscapesInUpperCase) {
  std::string out = "a";
  for (unsigned char c : {0x00, 0x2f, 0xab, 0xff}) AppendPercentEscape(c, &out);
  EXPECT_EQ(out, "a%00%2F%AB%FF");
}

TEST(HexTest, EncodesBytesInLowerCase) {
  EXPECT_EQ(HexEncode(""), "");
  EXPECT_EQ(HexEncode(std::string_view("\x00\x0f\x10\xab\xff", 5)), "000f10abff");
  EXPECT_EQ(HexEncode("Az"), "417a");
}

}  // namespace
}  // namespace kiln
