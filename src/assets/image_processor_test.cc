#include "assets/image_processor.h"

#include <gtest/gtest.h>
#include <stb_image_write.h>

#include <string>
#include <vector>

#include "testing/status_matchers.h"

namespace kiln::assets {
namespace {

// A `w`×`h` PNG with a gradient, encoded by stb.
std::string Png(int w, int h) {
  std::vector<unsigned char> rgb(static_cast<size_t>(w) * h * 3);
  for (size_t i = 0; i < rgb.size(); ++i) rgb[i] = static_cast<unsigned char>(i * 7);
  std::string out;
  stbi_write_png_to_func(
      [](void* ctx, void* data, int size) {
        static_cast<std::string*>(ctx)->append(static_cast<const char*>(data), size);
      },
      &out, w, h, 3, rgb.data(), w * 3);
  return out;
}

TEST(ProcessImage, ResultHasHugosDimensionsAndFormat) {
  const std::string src = Png(160, 90);
  struct Case {
    ImageOp op;
    const char* spec;
    int w, h;
    char magic;  // second byte of the encoded file: 'P' for PNG, 0xD8 for JPEG, 'M' for BMP
  } cases[] = {
      {ImageOp::kResize, "36x", 36, 20, 'P'},
      {ImageOp::kResize, "x30 r90", 17, 30, 'P'},
      {ImageOp::kResize, "10x r-90", 10, 18, 'P'},
      {ImageOp::kFit, "50x50", 50, 28, 'P'},
      {ImageOp::kFill, "40x40 jpg", 40, 40, static_cast<char>(0xD8)},
      {ImageOp::kFill, "30x60 bottomright lanczos", 30, 60, 'P'},
      {ImageOp::kCrop, "500x500", 90, 90, 'P'},
      {ImageOp::kCrop, "20x10 topleft bmp", 20, 10, 'M'},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.spec);
    ASSERT_OK_AND_ASSIGN(ImageConfig config,
                         ParseImageSpec(c.op, c.spec, ImageFormat::kPng, ImagingDefaults()));
    ASSERT_OK_AND_ASSIGN(std::string out, ProcessImage(src, config));
    std::optional<Dimensions> size = ImageSize(out);
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, c.w);
    EXPECT_EQ(size->height, c.h);
    EXPECT_EQ(out[1], c.magic);
  }
}

TEST(ProcessImage, UnsupportedRequestsAreErrors) {
  const std::string src = Png(16, 9);
  struct Case {
    const char* spec;
    std::string_view source;
    const char* error;
  } cases[] = {
      {"10x r45", src, "rotation by 45 degrees is not supported by kiln (only multiples of 90)"},
      {"10x webp", src, "writing image/webp images is not supported by kiln"},
      {"10x gif", src, "writing image/gif images is not supported by kiln"},
      {"10x", "not an image", "failed to decode image: unknown image type"},
  };
  for (const Case& c : cases) {
    ASSERT_OK_AND_ASSIGN(ImageConfig config, ParseImageSpec(ImageOp::kResize, c.spec,
                                                            ImageFormat::kPng, ImagingDefaults()));
    StatusOr<std::string> out = ProcessImage(c.source, config);
    ASSERT_FALSE(out.ok()) << c.spec;
    EXPECT_EQ(out.status().message(), c.error);
  }
}

}  // namespace
}  // namespace kiln::assets
