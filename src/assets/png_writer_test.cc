#include "assets/png_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "assets/test_images.h"

namespace kiln::assets {
namespace {

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
GoImage Synthetic(const std::string& kind, int w, int h) {
  GoImage m{w,
            h,
            kind == "gray"   ? GoPixelModel::kGray
            : kind == "rgba" ? GoPixelModel::kRgba
                             : GoPixelModel::kNrgba,
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

TEST(EncodeGoPng, MatchesGoImagePngByteForByte) {
  for (const char* kind : {"gray", "rgba", "nrgba", "opaque"}) {
    for (auto [w, h] : {std::pair{1, 1}, {7, 5}, {64, 48}, {300, 200}}) {
      std::string name =
          std::string("go_") + kind + "_" + std::to_string(w) + "x" + std::to_string(h) + ".png";
      std::string want = ReadTestImage(name);
      ASSERT_FALSE(want.empty()) << name;
      EXPECT_TRUE(EncodeGoPng(Synthetic(kind, w, h)) == want) << name;
    }
  }
}

TEST(EncodeGoPng, IncompressibleDataIsStoredAndSplitIntoIdatChunksAsGoDoes) {
  GoImage noise{128, 96, GoPixelModel::kNrgba, std::vector<uint8_t>(128 * 96 * 4)};
  Lcg seed(1);
  for (size_t i = 0; i < noise.pix.size(); ++i) {
    noise.pix[i] = seed.Next();
    if (i % 4 == 3) noise.pix[i] = 255;
  }
  EXPECT_TRUE(EncodeGoPng(noise) == ReadTestImage("go_noise_128x96.png"));
}

}  // namespace
}  // namespace kiln::assets
