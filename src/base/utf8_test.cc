#include "base/utf8.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

// Go's unicode.IsSpace, rune by rune.
TEST(Utf8Test, IsSpaceRuneFollowsGo) {
  struct Case {
    char32_t r;
    bool want;
  };
  const Case cases[] = {
      {' ', true},     {'\t', true},    {'\n', true},    {'\v', true},    {'\f', true},
      {'\r', true},    {0x85, true},    {0xA0, true},    {0x1680, true},  {0x2000, true},
      {0x2007, true},  {0x200A, true},  {0x2028, true},  {0x2029, true},  {0x202F, true},
      {0x205F, true},  {0x3000, true},  {'a', false},    {0, false},      {0x1C, false},
      {0x7F, false},   {0x84, false},   {0xAD, false},   {0x180E, false}, {0x200B, false},
      {0x2060, false}, {0xFEFF, false}, {0x2027, false}, {0x202A, false}, {0x10FFFF, false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsSpaceRune(c.r), c.want) << static_cast<uint32_t>(c.r);
}

// Go's strings.TrimSpace: whole runes only, so no byte of "à" goes.
TEST(Utf8Test, TrimSpaceRunes) {
  struct Case {
    std::string_view in;
    std::string_view want;
  };
  const Case cases[] = {
      {"", ""},
      {" \t\n", ""},
      {" a b ", "a b"},
      {"\u3000\u2007Voil\u00e0\u202f\u0085", "Voil\u00e0"},
      {"\u00e0", "\u00e0"},
      {"a\xa0", "a\xa0"},
      {"\xe2\x80\x87", ""},
      {"x\x80\x87", "x\x80\x87"},
  };
  for (const Case& c : cases) EXPECT_EQ(TrimSpaceRunes(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace kiln
