#include "assets/image_config.h"

#include <gtest/gtest.h>

#include <string>

#include "testing/status_matchers.h"

namespace kiln::assets {
namespace {

// Keys hugo 0.111.3 produced for a 160x90 PNG (and a 101x33 one), and the sizes of its
// Resize results.
TEST(ImageConfig, KeysAndSizesMatchHugo) {
  struct Case {
    ImageOp op;
    const char* spec;
    int src_w, src_h;
    const char* key;
    int w = 0, h = 0;  // of Resize results
  } cases[] = {
      {ImageOp::kResize, "36x", 160, 90, "36x0_resize_box_3", 36, 20},
      {ImageOp::kResize, "x30", 160, 90, "0x30_resize_box_3", 53, 30},
      {ImageOp::kResize, "37x", 160, 90, "37x0_resize_box_3", 37, 21},
      {ImageOp::kResize, "x7", 160, 90, "0x7_resize_box_3", 12, 7},
      {ImageOp::kResize, "50x50", 160, 90, "50x50_resize_box_3", 50, 50},
      {ImageOp::kResize, "200x", 101, 33, "200x0_resize_box_3", 200, 65},
      {ImageOp::kResize, "r90 x10", 101, 33, "0x10_resize_r90_box_3", 3, 10},
      {ImageOp::kResize, "10x r-90", 160, 90, "10x0_resize_r-90_box_3", 10, 18},
      {ImageOp::kResize, "10x jpg q80", 101, 33, "10x0_resize_q80_bgffffff_box_3", 10, 3},
      {ImageOp::kResize, "10x #FF0000 jpg", 101, 33, "10x0_resize_q75_bgff0000_box_3", 10, 3},
      {ImageOp::kResize, "10x #ff0000", 160, 90, "10x0_resize_bgff0000_box_3", 10, 6},
      {ImageOp::kResize, "10x gif", 101, 33, "10x0_resize_box_3", 10, 3},
      {ImageOp::kResize, "10x webp", 101, 33, "10x0_resize_q75_h2_box_3", 10, 3},
      {ImageOp::kResize, "10x10 png q60", 160, 90, "10x10_resize_q60_box_3", 10, 10},
      {ImageOp::kResize, "10x10 NearestNeighbor", 160, 90, "10x10_resize_nearestneighbor_3", 10,
       10},
      {ImageOp::kResize, "10x20 fill TopLeft", 160, 90, "10x20_resize_box_3", 10, 20},
      {ImageOp::kFill, "50x50", 160, 90, "50x50_fill_box_smart1_3"},
      {ImageOp::kFill, "50x50 TopLeft", 160, 90, "50x50_fill_box_topleft_3"},
      {ImageOp::kFill, "50x50 q50 lanczos", 160, 90, "50x50_fill_q50_lanczos_smart1_3"},
      {ImageOp::kFill, "40x40 jpg", 160, 90, "40x40_fill_q75_bgffffff_box_smart1_3"},
      {ImageOp::kFill, "500x500", 160, 90, "500x500_fill_box_smart1_3"},
      {ImageOp::kFit, "50x50", 160, 90, "50x50_fit_box_3"},
      {ImageOp::kFit, "500x500", 160, 90, "500x500_fit_box_3"},
      {ImageOp::kCrop, "50x50", 160, 90, "50x50_crop_box_smart1_3"},
      {ImageOp::kCrop, "50x50 Center", 160, 90, "50x50_crop_box_center_3"},
      {ImageOp::kCrop, "500x500", 160, 90, "500x500_crop_box_smart1_3"},
      {ImageOp::kCrop, "100x20", 160, 90, "100x20_crop_box_smart1_3"},
      {ImageOp::kCrop, "500x500 center", 160, 90, "500x500_crop_box_center_3"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.spec);
    ASSERT_OK_AND_ASSIGN(ImageConfig config,
                         ParseImageSpec(c.op, c.spec, ImageFormat::kPng, ImagingDefaults()));
    EXPECT_EQ(ImageKey(config), c.key);
    if (c.op != ImageOp::kResize) continue;
    Dimensions src = {c.src_w, c.src_h};
    if (config.rotate % 180 != 0) std::swap(src.width, src.height);
    Dimensions size = ResizedSize(config, src);
    EXPECT_EQ(size.width, c.w);
    EXPECT_EQ(size.height, c.h);
  }
}

// Keys hugo 0.111.3 gave results of JPEG, GIF and BMP sources.
TEST(ImageConfig, KeysDependOnTheSourceFormat) {
  struct Case {
    ImageFormat source;
    const char* spec;
    const char* key;
  } cases[] = {
      {ImageFormat::kJpeg, "10x", "10x0_resize_q75_box"},
      {ImageFormat::kJpeg, "10x png", "10x0_resize_box"},
      {ImageFormat::kJpeg, "10x gif", "10x0_resize_box"},
      {ImageFormat::kGif, "10x", "10x0_resize_box_1"},
      {ImageFormat::kGif, "10x jpg", "10x0_resize_q75_bgffffff_box_1"},
      {ImageFormat::kBmp, "10x jpg", "10x0_resize_q75_bgffffff_box"},
      {ImageFormat::kBmp, "10x", "10x0_resize_box"},
      {ImageFormat::kPng, "10x bmp", "10x0_resize_box_3"},
  };
  for (const Case& c : cases) {
    ASSERT_OK_AND_ASSIGN(ImageConfig config,
                         ParseImageSpec(ImageOp::kResize, c.spec, c.source, ImagingDefaults()));
    EXPECT_EQ(ImageKey(config), c.key) << c.spec;
  }
}

TEST(ImageConfig, SiteDefaultsFillTheSpec) {
  ValueMap imaging{{"quality", Value::Int(90)},
                   {"resamplefilter", Value::String("Lanczos")},
                   {"anchor", Value::String("TopLeft")},
                   {"bgcolor", Value::String("#000000")}};
  ASSERT_OK_AND_ASSIGN(ImagingDefaults d, ParseImagingDefaults(Value::Map(imaging)));
  struct Case {
    ImageOp op;
    const char* spec;
    const char* key;
  } cases[] = {
      {ImageOp::kResize, "10x", "10x0_resize_lanczos_3"},
      {ImageOp::kResize, "10x jpg", "10x0_resize_q90_bg000000_lanczos_3"},
      {ImageOp::kResize, "10x q75", "10x0_resize_q75_lanczos_3"},
      {ImageOp::kCrop, "10x10", "10x10_crop_lanczos_topleft_3"},
      {ImageOp::kFill, "10x10 smart", "10x10_fill_lanczos_smart1_3"},
  };
  for (const Case& c : cases) {
    ASSERT_OK_AND_ASSIGN(ImageConfig config, ParseImageSpec(c.op, c.spec, ImageFormat::kPng, d));
    EXPECT_EQ(ImageKey(config), c.key) << c.spec;
  }
}

TEST(ImageConfig, ErrorsUseHugosWording) {
  struct Case {
    ImageOp op;
    const char* spec;
    const char* error;
  } cases[] = {
      {ImageOp::kFit, "50x", "must provide Width and Height"},
      {ImageOp::kFill, "x50", "must provide Width and Height"},
      {ImageOp::kResize, "q80", "must provide Width or Height"},
      {ImageOp::kResize, "10x q0", "quality ranges from 1 to 100 inclusive"},
  };
  for (const Case& c : cases) {
    StatusOr<ImageConfig> config =
        ParseImageSpec(c.op, c.spec, ImageFormat::kPng, ImagingDefaults());
    ASSERT_FALSE(config.ok()) << c.spec;
    EXPECT_EQ(config.status().message(), c.error);
  }
}

TEST(ImageConfig, FastMd5ReadsTheHeadAndTheBlockAt2048) {
  // A short file hashes its 64-byte head twice (the second read finds nothing new).
  std::string head(64, 'a');
  EXPECT_EQ(FastMd5(head), FastMd5(head + "tail"));
  std::string big = head + std::string(2048 - 64, 'b') + std::string(64, 'c') + "rest";
  EXPECT_NE(FastMd5(big), FastMd5(head));
  std::string other_rest = big.substr(0, 2112) + "different";
  EXPECT_EQ(FastMd5(big), FastMd5(other_rest));
}

TEST(ImageConfig, NamesMatchHugo) {
  ASSERT_OK_AND_ASSIGN(ImageConfig resize, ParseImageSpec(ImageOp::kResize, "10x",
                                                          ImageFormat::kPng, ImagingDefaults()));
  std::string data(100, 'x');
  std::string hash = FastMd5(data);
  EXPECT_EQ(ProcessedImageName("images/a.png", ImageId(data), resize),
            "images/a_hu" + hash + "_100_10x0_resize_box_3.png");
  ASSERT_OK_AND_ASSIGN(ImageConfig jpg, ParseImageSpec(ImageOp::kResize, "10x jpg",
                                                       ImageFormat::kPng, ImagingDefaults()));
  EXPECT_EQ(ProcessedImageName("b.png", ImageId(data), jpg),
            "b_hu" + hash + "_100_10x0_resize_q75_bgffffff_box_3.jpg");
  // Long names: the key becomes the md5 of stem+key+ext; the stem stops at "_hu".
  std::string stem = "a_very_long_file_name_for_testing_the_md5_threshold_of_hugo_names";
  EXPECT_EQ(ProcessedImageName(stem + ".png", ImageId(data), resize),
            "a_very_long_file_name_for_testing_the_md5_threshold_of_hu" + hash +
                "_100_fa0279af7ea8b3cc736e8cb4f42dacfe.png");
  // An original's long stem without "_hu" is dropped whole.
  std::string plain = "an_original_file_name_long_enough_that_it_is_dropped_entirely_xyz";
  EXPECT_EQ(ProcessedImageName(plain + ".png", ImageId(data), resize),
            "_hu" + hash + "_100_f2f232cc4497d867459ca1f327aab45e.png");
  // Only the stem, id and extension count towards the threshold, not the key.
  ASSERT_OK_AND_ASSIGN(ImageConfig fill, ParseImageSpec(ImageOp::kFill, "200x200",
                                                        ImageFormat::kJpeg, ImagingDefaults()));
  EXPECT_EQ(ProcessedImageName("gohugo-default-sample-hero-image.jpg", ImageId(data), fill),
            "gohugo-default-sample-hero-image_hu" + hash + "_100_200x200_fill_q75_box_smart1.jpg");
  // A processed source keeps the original's id; its stem stops at "_hu" (hugo 0.111.3 named
  // a 160x90 PNG's "50x" result resized again "10x" so).
  std::string first = "a_huda7df35fd299150903625ed66ecc673e_1585_50x0_resize_box_3.png";
  EXPECT_EQ(ProcessedImageName(first, "_huda7df35fd299150903625ed66ecc673e_1585", resize),
            "a_huda7df35fd299150903625ed66ecc673e_1585_1d76b60c293a25a4ef4666b7c8d7c25a.png");
}

}  // namespace
}  // namespace kiln::assets
