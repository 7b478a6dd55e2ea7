#include "assets/gift_resample.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "assets/image_processor.h"
#include "assets/test_images.h"
#include "testing/status_matchers.h"

namespace kiln::assets {
namespace {

// Each case processes a Go-encoded source as hugo would and must give, byte for byte, what
// gift and image/png gave (testdata/images/gift_*.png, from tools/images/regen).
TEST(GiftResample, ProcessImageMatchesGiftAndGoPng) {
  struct Case {
    ImageOp op;
    const char* source;
    const char* spec;
    const char* want;
  } cases[] = {
      {ImageOp::kResize, "go_opaque_300x200", "90x60 box", "resize_90x60_box_center"},
      {ImageOp::kResize, "go_opaque_300x200", "120x", "resize_120x0_box_center"},
      {ImageOp::kResize, "go_opaque_300x200", "640x427", "resize_640x427_box_center"},
      {ImageOp::kResize, "go_nrgba_300x200", "77x51 lanczos", "resize_77x51_lanczos_center"},
      {ImageOp::kResize, "go_rgba_300x200", "150x100", "resize_150x100_box_center"},
      {ImageOp::kResize, "go_gray_300x200", "100x67 catmullrom", "resize_100x67_catmullrom_center"},
      {ImageOp::kResize, "go_gray_64x48", "150x110 linear", "resize_150x110_linear_center"},
      {ImageOp::kResize, "go_opaque_64x48", "64x20", "resize_64x20_box_center"},
      {ImageOp::kResize, "go_opaque_64x48", "20x48 nearestneighbor",
       "resize_20x48_nearestneighbor_center"},
      {ImageOp::kFit, "go_opaque_300x200", "50x50 linear", "fit_50x50_linear_center"},
      {ImageOp::kFill, "go_nrgba_300x200", "40x60 topleft", "fill_40x60_box_topleft"},
      {ImageOp::kFill, "go_opaque_300x200", "60x40 nearestneighbor bottomright",
       "fill_60x40_nearestneighbor_bottomright"},
      {ImageOp::kFill, "go_opaque_300x200", "80x80 center", "fill_80x80_box_center"},
      {ImageOp::kCrop, "go_nrgba_64x48", "30x20 right", "crop_30x20_box_right"},
  };
  for (const Case& c : cases) {
    std::string want_name = std::string("gift_") + c.source + "_" + c.want + ".png";
    SCOPED_TRACE(want_name);
    std::string source = ReadTestImage(std::string(c.source) + ".png");
    std::string want = ReadTestImage(want_name);
    ASSERT_FALSE(source.empty());
    ASSERT_FALSE(want.empty());
    ASSERT_OK_AND_ASSIGN(ImageConfig config,
                         ParseImageSpec(c.op, c.spec, ImageFormat::kPng, ImagingDefaults()));
    ASSERT_OK_AND_ASSIGN(std::string got, ProcessImage(source, config));
    EXPECT_TRUE(got == want);
  }
}

// JPEG sources (cjpeg's layouts: every chroma subsampling Go reads, gray, progressive,
// restart intervals, optimised tables) decoded as Go does and resampled, to PNG or JPEG.
TEST(GiftResample, JpegSourcesMatchGoDecodingAndGift) {
  struct Case {
    ImageOp op;
    std::string source;
    std::string spec;
    std::string want;
  };
  std::vector<Case> cases = {
      {ImageOp::kResize, "jpeg_420", "100x lanczos jpg", "resize_100x0_lanczos_center.jpg"},
      {ImageOp::kFill, "jpeg_gray", "20x20 linear topleft jpg", "fill_20x20_linear_topleft.jpg"},
      {ImageOp::kFit, "jpeg_444", "40x40 jpg", "fit_40x40_box_center.jpg"},
  };
  for (const char* layout : {"444", "422", "420", "440", "411", "gray", "progressive",
                             "progressive_gray", "restart", "restart_optimized"}) {
    // The same size (gift copies the decoded pixels) and a reduction.
    cases.push_back({ImageOp::kResize, std::string("jpeg_") + layout, "61x45 png",
                     "resize_61x45_box_center.png"});
    cases.push_back(
        {ImageOp::kResize, std::string("jpeg_") + layout, "30x png", "resize_30x0_box_center.png"});
  }
  for (const Case& c : cases) {
    std::string want_name = "gift_" + c.source + "_" + c.want;
    SCOPED_TRACE(want_name);
    std::string source = ReadTestImage(c.source + ".jpg");
    std::string want = ReadTestImage(want_name);
    ASSERT_FALSE(source.empty());
    ASSERT_FALSE(want.empty());
    ASSERT_OK_AND_ASSIGN(ImageConfig config,
                         ParseImageSpec(c.op, c.spec, ImageFormat::kJpeg, ImagingDefaults()));
    ASSERT_OK_AND_ASSIGN(std::string got, ProcessImage(source, config));
    EXPECT_TRUE(got == want);
  }
}

TEST(GiftResample, FitSizeKeepsAspectRatioAndNeverEnlarges) {
  struct Case {
    Dimensions src;
    int w, h;
    Dimensions want;
  } cases[] = {
      {{300, 200}, 50, 50, {50, 33}},
      {{200, 300}, 50, 50, {33, 50}},
      {{40, 30}, 50, 50, {40, 30}},
      {{1200, 628}, 360, 1000, {360, 188}},
  };
  for (const Case& c : cases) {
    Dimensions got = GiftFitSize(c.src, c.w, c.h);
    EXPECT_EQ(got.width, c.want.width);
    EXPECT_EQ(got.height, c.want.height);
  }
}

// The resampler reads each source row once, in order, and keeps only the rows its window
// needs, so a large source is never held whole in floats.
TEST(GiftResample, ReadsEachSourceRowOnceInOrder) {
  struct Case {
    const char* filter;
    int width, height;
  } cases[] = {
      {"box", 30, 20},       // both passes, zero weights inside the window
      {"lanczos", 40, 70},   // both passes, enlarging vertically
      {"linear", 100, 25},   // vertical pass only
      {"catmullrom", 7, 9},  // both passes, a wide window
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.filter);
    GiftPlane plane{100, 50, std::vector<GiftPixel>(100 * 50)};
    for (size_t i = 0; i < plane.px.size(); ++i) {
      plane.px[i] = {static_cast<float>(i % 7) / 7, static_cast<float>(i % 11) / 11,
                     static_cast<float>(i % 13) / 13, 1};
    }
    std::vector<int> reads;
    const GiftRows counted(plane.width, plane.height, [&](int y, GiftPixel* out) {
      reads.push_back(y);
      GiftRows(plane).read(y, out);
    });
    const GiftFilter filter = GiftFilterNamed(c.filter);
    const GiftPlane out = GiftResize(counted, c.width, c.height, filter);
    EXPECT_EQ(out.px.size(), static_cast<size_t>(c.width) * c.height);
    std::vector<int> want(plane.height);
    for (int y = 0; y < plane.height; ++y) want[y] = y;
    EXPECT_EQ(reads, want);
  }
}

}  // namespace
}  // namespace kiln::assets
