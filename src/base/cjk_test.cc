#include "base/cjk.h"

#include <string>

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(CjkTest, IsCjkRuneAtRangeEdges) {
  struct Case {
    char32_t r;
    bool want;
  };
  const Case cases[] = {
      {U'a', false},     {0x10ff, false},   {0x1100, true},    {0x11ff, true},
      {0x1200, false},   {0x3004, false},   {0x3005, true},    {0x3006, false},
      {0x3007, true},    {0x3041, true},    {0x3096, true},    {0x3097, false},
      {0x30a0, false},   {0x30a1, true},    {0x30fb, false},   {0x4e00, true},
      {0x9ffc, true},    {0x9ffd, false},   {0xac00, true},    {0xd7a3, true},
      {0xff65, false},   {0xff66, true},    {0x1b000, true},   {0x1b164, true},
      {0x20000, true},   {0x3134a, true},   {0x3134b, false},  {0x10ffff, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsCjkRune(c.r), c.want) << std::hex << static_cast<unsigned>(c.r);
  }
}

TEST(CjkTest, ContainsCjk) {
  struct Case {
    std::string text;
    bool want;
  };
  const Case cases[] = {
      {"", false},
      {"plain ASCII text", false},
      {"Ünïcödé Привет Ελληνικά", false},
      {"ー", false},  // U+30FC prolonged sound mark is Common, not Katakana
      {"title: 中文", true},
      {"한국어", true},
      {"ひらがな", true},
      {"カタカナ", true},
      {"\xff\xfe bad bytes 日", true},
  };
  for (const Case& c : cases) EXPECT_EQ(ContainsCjk(c.text), c.want) << c.text;
}

}  // namespace
}  // namespace kiln
