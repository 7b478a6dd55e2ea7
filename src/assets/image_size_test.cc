#include "assets/image_size.h"

#include <gtest/gtest.h>

#include <string>

namespace kiln::assets {
namespace {

std::string Bytes(std::initializer_list<int> bytes) {
  std::string out;
  for (int b : bytes) out += static_cast<char>(b);
  return out;
}

TEST(ImageSize, HeadersOfEachFormat) {
  struct Case {
    const char* name;
    std::string data;
    int width, height;
  } cases[] = {
      {"png", Bytes({0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,    13,
                     'I',  'H', 'D', 'R', 0,    0,    0x04, 0xB0, 0, 0, 0x02, 0x74}),
       1200, 628},
      {"gif", Bytes({'G', 'I', 'F', '8', '9', 'a', 0x40, 0x01, 0xF0, 0x00}), 320, 240},
      {"jpeg (APP0 then SOF0)",
       Bytes({0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01,
              0xE0, 0x02, 0x80, 0x03}),
       640, 480},
      {"webp VP8X",
       std::string("RIFF") + Bytes({0, 0, 0, 0}) + "WEBPVP8X" +
           Bytes({10, 0, 0, 0, 0, 0, 0, 0, 0x1F, 0x03, 0x00, 0x57, 0x02, 0x00, 0, 0}),
       800, 600},
      {"bmp (top-down)",
       std::string("BM") + std::string(16, '\0') + Bytes({0x10, 0, 0, 0, 0xF8, 0xFF, 0xFF, 0xFF}),
       16, 8},
  };
  for (const Case& c : cases) {
    std::optional<Dimensions> d = ImageSize(c.data);
    ASSERT_TRUE(d.has_value()) << c.name;
    EXPECT_EQ(d->width, c.width) << c.name;
    EXPECT_EQ(d->height, c.height) << c.name;
  }
}

TEST(ImageSize, NotAnImage) {
  EXPECT_FALSE(ImageSize("<svg></svg>").has_value());
  EXPECT_FALSE(ImageSize("\x89PNG\r\n\x1a\n").has_value());  // cut short
  EXPECT_FALSE(ImageSize(Bytes({0xFF, 0xD8, 0xFF})).has_value());
}

}  // namespace
}  // namespace kiln::assets
