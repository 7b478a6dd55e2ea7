// Helpers of the assets tests: ReadTestImage, the bytes of a committed reference image under
// testdata/images/ (the tests run from the repository root; empty when missing), and the
// synthetic images tools/images/goref.go encodes with Go for those references.
#ifndef KILN_ASSETS_TEST_IMAGES_H_
#define KILN_ASSETS_TEST_IMAGES_H_

#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "assets/png_writer.h"

namespace kiln::assets {

inline std::string ReadTestImage(const std::string& name) {
  std::ifstream in("testdata/images/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The generator tools/images/goref.go uses for the same images.
class Lcg {
 public:
  explicit Lcg(uint32_t seed) : state_(seed) {}
  uint8_t Next() {
    state_ = state_ * 1103515245u + 12345u;
    return static_cast<uint8_t>(state_ >> 16);
  }

 private:
  uint32_t state_;
};

// The synthetic image goref.go names `kind`, `w`×`h`.
inline GoImage Synthetic(const std::string& kind, int w, int h) {
  GoImage m{w,
            h,
            kind == "gray"   ? GoPixelModel::kGray
            : kind == "rgba" ? GoPixelModel::kRgba
                             : GoPixelModel::kNrgba,
            {},
            {}};
  m.pix.resize(static_cast<size_t>(w) * h * m.Channels());
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      uint8_t v = static_cast<uint8_t>(x * 7 + y * 13 + (x * y) % 11);
      uint8_t a = static_cast<uint8_t>(x * 255 / w);
      uint8_t* p = &m.pix[(static_cast<size_t>(y) * w + x) * m.Channels()];
      if (kind == "gray") {
        p[0] = v;
      } else if (kind == "rgba") {
        // Go's uint8 arithmetic wraps at each step.
        uint8_t r = static_cast<uint8_t>(static_cast<uint8_t>(v / 2) * a);
        uint8_t g = static_cast<uint8_t>(static_cast<uint8_t>(v / 3) * a);
        p[0] = r / 255, p[1] = g / 255, p[2] = a / 4, p[3] = a;
      } else if (kind == "nrgba") {
        p[0] = v, p[1] = static_cast<uint8_t>(255 - v), p[2] = static_cast<uint8_t>(y), p[3] = a;
      } else {
        p[0] = v, p[1] = static_cast<uint8_t>(x), p[2] = static_cast<uint8_t>(y * 3), p[3] = 255;
      }
    }
  }
  return m;
}

}  // namespace kiln::assets

#endif  // KILN_ASSETS_TEST_IMAGES_H_
