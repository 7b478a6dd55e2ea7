// Resampling, fitting, filling and cropping with the pixel arithmetic of
// github.com/disintegration/gift 1.2.1, the library hugo 0.111 processes images with, so that
// kiln's results equal hugo's to the bit: gift's conversion of each Go image type to float32
// pixels, its separable two-pass resampler (weights, float32 accumulation order, the 16-bit
// image between passes), and its rounding into the destination type. The resampler reads its
// source a row at a time (GiftRows), so a large decoded image is held compactly and only the
// rows in flight as floats. Pure functions; thread-safe.
#ifndef KILN_ASSETS_GIFT_RESAMPLE_H_
#define KILN_ASSETS_GIFT_RESAMPLE_H_

#include <functional>
#include <string_view>
#include <vector>

#include "assets/image_size.h"
#include "assets/jpeg_reader.h"
#include "assets/png_writer.h"

namespace kiln::assets {

// One pixel as gift computes with it: straight (not premultiplied) colour and alpha in 0..1.
struct GiftPixel {
  float r = 0, g = 0, b = 0, a = 0;
};

// An image in gift's working form.
struct GiftPlane {
  int width = 0;
  int height = 0;
  std::vector<GiftPixel> px;

  const GiftPixel& At(int x, int y) const { return px[static_cast<size_t>(y) * width + x]; }
};

// An image read a row at a time, so that the resampler can work from a compact decoded image
// and hold as floats only the rows in flight rather than the whole source. `read(y, out)`
// writes row `y`'s `width` pixels. A GiftRows made from a GiftPlane borrows it (the plane must
// outlive the rows); one made from a decoded image owns it. Reading is const and thread-safe.
struct GiftRows {
  int width = 0;
  int height = 0;
  std::function<void(int y, GiftPixel* out)> read;

  GiftRows(int w, int h, std::function<void(int, GiftPixel*)> r)
      : width(w), height(h), read(std::move(r)) {}
  // Implicit: every operation taking rows also takes a plane.
  GiftRows(const GiftPlane& plane);  // NOLINT(google-explicit-constructor)
};

// A resampling kernel of hugo's `[imaging] resampleFilter` / spec names.
struct GiftFilter {
  float support = 0;  // 0: nearest neighbour
  float (*kernel)(float) = nullptr;
};

// The filter named `name` (lower case: "box", "lanczos", "catmullrom", …); box when unknown.
GiftFilter GiftFilterNamed(std::string_view name);

// gift's reading of an image of each Go type (getPixel), owning `image`.
GiftRows RowsOf(GoImage image);
// gift's reading of a decoded JPEG (an image.Gray, or an image.YCbCr through gift's own
// fixed-point conversion, reading each pixel's chroma sample without interpolation), owning it.
GiftRows RowsOf(GoJpegImage image);
// Every row read into one plane.
GiftPlane ToGiftPlane(const GiftRows& rows);
// gift's writing into an image of `model` (setPixel).
GoImage FromGiftPlane(const GiftPlane& plane, GoPixelModel model);
// Through gift's temporary 16-bit NRGBA64 image, as between two filters.
GiftPlane ThroughNrgba64(GiftPlane plane);
// `src` read through that image a row at a time; the rows borrow `src`.
GiftRows ThroughNrgba64Rows(const GiftRows& src);

// gift.Resize to exactly `width`×`height`, before the final write into the destination.
GiftPlane GiftResize(const GiftRows& src, int width, int height, const GiftFilter& filter);
// The `width`×`height` region at (`x`, `y`); the rows borrow `src`.
GiftRows GiftCrop(const GiftRows& src, int x, int y, int width, int height);
// gift.ResizeToFit's size for `src`: within `width`×`height`, the aspect ratio kept, never
// enlarged.
Dimensions GiftFitSize(Dimensions src, int width, int height);
// gift.ResizeToFill: resize to cover `width`×`height`, then crop at `anchor` ("center",
// "topleft", …).
GiftPlane GiftFill(const GiftRows& src, int width, int height, const GiftFilter& filter,
                   std::string_view anchor);
// gift.CropToSize: the `width`×`height` region (clipped to the image) at `anchor`.
GiftPlane GiftCropToSize(const GiftRows& src, int width, int height, std::string_view anchor);
// gift's quarter-turn rotation counter-clockwise, `quarter_turns` in 0..3.
GiftPlane GiftRotate(const GiftPlane& src, int quarter_turns);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_GIFT_RESAMPLE_H_
