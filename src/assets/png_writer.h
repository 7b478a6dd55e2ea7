// GoImage and EncodeGoPng: an 8-bit image in one of the pixel layouts Go's image package
// uses, and its PNG encoding byte-identical to Go 1.19's image/png at the default
// compression level, which is what hugo publishes: the same colour type choice (paletted
// images with 1, 2, 4 or 8 bits per index, PLTE and tRNS), per-row filter heuristic, zlib stream
// (GoZlibWriter) and IDAT chunking (32 KiB buffered writes). Plain data and a pure function;
// thread-safe.
#ifndef KILN_ASSETS_PNG_WRITER_H_
#define KILN_ASSETS_PNG_WRITER_H_

#include <cstdint>
#include <string>
#include <vector>

namespace kiln::assets {

// Which Go image type the pixels stand for; it decides the colour type written.
enum class GoPixelModel {
  kGray,      // image.Gray: one byte per pixel
  kRgba,      // image.RGBA: four bytes, colour premultiplied by alpha
  kNrgba,     // image.NRGBA: four bytes, colour not premultiplied
  kPaletted,  // image.Paletted: one index per pixel into `palette`
};

// A palette entry as Go's PNG decoder makes it: its straight-alpha bytes, and whether it is a
// color.NRGBA (an entry tRNS covers) rather than a color.RGBA, which decides equality.
struct GoPaletteColor {
  uint8_t r = 0, g = 0, b = 0, a = 0xff;
  bool nrgba = false;
};

struct GoImage {
  int width = 0;
  int height = 0;
  GoPixelModel model = GoPixelModel::kNrgba;
  std::vector<uint8_t> pix;             // rows top to bottom, no padding
  std::vector<GoPaletteColor> palette;  // kPaletted only

  int Channels() const {
    return model == GoPixelModel::kGray || model == GoPixelModel::kPaletted ? 1 : 4;
  }
  bool Opaque() const;
};

std::string EncodeGoPng(const GoImage& image);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_PNG_WRITER_H_
