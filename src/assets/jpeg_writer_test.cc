#include "assets/jpeg_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "assets/test_images.h"

namespace kiln::assets {
namespace {

TEST(EncodeGoJpeg, MatchesGoImageJpegByteForByte) {
  struct Case {
    const char* kind;
    int w, h, quality;
  } cases[] = {
      {"opaque", 1, 1, 75},     {"opaque", 7, 5, 75},   {"opaque", 64, 48, 1},
      {"opaque", 64, 48, 40},   {"opaque", 64, 48, 75}, {"opaque", 64, 48, 100},
      {"opaque", 300, 200, 75}, {"gray", 1, 1, 75},     {"gray", 7, 5, 75},
      {"gray", 64, 48, 1},      {"gray", 64, 48, 40},   {"gray", 64, 48, 75},
      {"gray", 64, 48, 100},    {"gray", 300, 200, 75},
  };
  for (const Case& c : cases) {
    std::string name = std::string("go_") + c.kind + "_" + std::to_string(c.w) + "x" +
                       std::to_string(c.h) + "_q" + std::to_string(c.quality) + ".jpg";
    std::string want = ReadTestImage(name);
    ASSERT_FALSE(want.empty()) << name;
    EXPECT_TRUE(EncodeGoJpeg(Synthetic(c.kind, c.w, c.h), c.quality) == want) << name;
  }
}

}  // namespace
}  // namespace kiln::assets
