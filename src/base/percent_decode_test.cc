#include "base/percent_decode.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(PercentDecodeTest, DecodesEscapesAndKeepsMalformedOnes) {
  struct Case {
    std::string_view in;
    PlusDecoding plus;
    std::string_view want;
  };
  const Case cases[] = {
      {"", PlusDecoding::kLiteral, ""},
      {"%41%42", PlusDecoding::kLiteral, "AB"},
      {"a%2fb%2F", PlusDecoding::kLiteral, "a/b/"},
      {"caf%C3%A9", PlusDecoding::kLiteral, "café"},
      {"%00x", PlusDecoding::kLiteral, std::string_view("\0x", 2)},
      {"a%2Fb%", PlusDecoding::kLiteral, "a/b%"},
      {"%4", PlusDecoding::kLiteral, "%4"},
      {"%G1%1", PlusDecoding::kLiteral, "%G1%1"},
      {"%%41", PlusDecoding::kLiteral, "%A"},
      {"%2541", PlusDecoding::kLiteral, "%41"},  // decodes once
      {"a+b%2B", PlusDecoding::kLiteral, "a+b+"},
      {"a+b%2B", PlusDecoding::kSpace, "a b+"},
      {"+%+", PlusDecoding::kSpace, " % "},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PercentDecode(c.in, c.plus), c.want) << c.in;
  }
}

}  // namespace
}  // namespace kiln
