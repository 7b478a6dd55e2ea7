#include "base/unicode_case.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace kiln {
namespace {

TEST(UnicodeCaseTest, Examples) {
  struct Case {
    char32_t r, upper, lower, title;
  };
  const Case cases[] = {
      {U'a', U'A', U'a', U'A'},     {U'Z', U'Z', U'z', U'Z'},
      {U'1', U'1', U'1', U'1'},     {U'ß', U'ß', U'ß', U'ß'},  // no one-rune upper case
      {U'ẞ', U'ẞ', U'ß', U'ẞ'},                                // U+1E9E
      {U'İ', U'İ', U'i', U'İ'},                                // U+0130: Go's lower case is plain i
      {U'ı', U'I', U'ı', U'I'},                                // U+0131
      {U'ǆ', U'Ǆ', U'ǆ', U'ǅ'},                                // title case differs from upper case
      {U'Ā', U'Ā', U'ā', U'Ā'},                                // an alternating upper/lower run
      {U'ā', U'Ā', U'ā', U'Ā'},     {U'Σ', U'Σ', U'σ', U'Σ'},
      {U'ς', U'Σ', U'ς', U'Σ'},     {U'Ж', U'Ж', U'ж', U'Ж'},
      {U'ѐ', U'Ѐ', U'ѐ', U'Ѐ'},     {U'Ա', U'Ա', U'ա', U'Ա'},  // Armenian
      {U'µ', U'Μ', U'µ', U'Μ'},     {U'ÿ', U'Ÿ', U'ÿ', U'Ÿ'},
      {U'𐐀', U'𐐀', U'𐐨', U'𐐀'},  // Deseret, outside the BMP
      {U'中', U'中', U'中', U'中'}, {0x10FFFF, 0x10FFFF, 0x10FFFF, 0x10FFFF},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ToUpperRune(c.r), c.upper) << std::hex << static_cast<uint32_t>(c.r);
    EXPECT_EQ(ToLowerRune(c.r), c.lower) << std::hex << static_cast<uint32_t>(c.r);
    EXPECT_EQ(ToTitleRune(c.r), c.title) << std::hex << static_cast<uint32_t>(c.r);
  }
}

// The FNV-1a 64 digest, over every rune, of the little-endian 32-bit ToUpper, ToLower and
// ToTitle values, as `go run tools/unicode/gen_case_ranges.go -digest` prints it with Go 1.19.
TEST(UnicodeCaseTest, EveryRuneMatchesGo) {
  uint64_t hash = 0xcbf29ce484222325u;
  auto add = [&](char32_t r) {
    for (int k = 0; k < 4; ++k) {
      hash ^= static_cast<uint8_t>(static_cast<uint32_t>(r) >> (8 * k));
      hash *= 0x100000001b3u;
    }
  };
  for (char32_t r = 0; r <= 0x10FFFF; ++r) {
    add(ToUpperRune(r));
    add(ToLowerRune(r));
    add(ToTitleRune(r));
  }
  EXPECT_EQ(hash, 0xe852fd57c3ecfd65u);
}

}  // namespace
}  // namespace kiln
