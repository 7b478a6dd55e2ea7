// DecodeGoJpeg: decodes a baseline or progressive JPEG into the planes Go 1.19's
// image/jpeg produces (an image.Gray, or an image.YCbCr with subsampled chroma left as it is),
// with Go's integer IDCT and clamping, so that what hugo resamples from a JPEG source can be
// reproduced exactly. Pure function; thread-safe.
#ifndef KILN_ASSETS_JPEG_READER_H_
#define KILN_ASSETS_JPEG_READER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kiln::assets {

// A decoded JPEG: one plane (gray) or three (Y, Cb, Cr). Planes cover whole MCUs; the image is
// the top-left `width`×`height`. Chroma sample (x / h_div, y / v_div) goes with luma (x, y).
struct GoJpegImage {
  int width = 0;
  int height = 0;
  int components = 1;  // 1 or 3
  int h_div = 1, v_div = 1;
  int y_stride = 0, c_stride = 0;
  std::vector<uint8_t> y, cb, cr;
};

// kUnimplemented for what Go decodes into other types (CMYK, Adobe RGB) and for 12-bit or
// arithmetic-coded files; kInvalidArgument for malformed data.
StatusOr<GoJpegImage> DecodeGoJpeg(std::string_view data);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_JPEG_READER_H_
