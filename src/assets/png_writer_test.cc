#include "assets/png_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "assets/test_images.h"

namespace kiln::assets {
namespace {

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
  GoImage noise{128, 96, GoPixelModel::kNrgba, std::vector<uint8_t>(128 * 96 * 4), {}};
  Lcg seed(1);
  for (size_t i = 0; i < noise.pix.size(); ++i) {
    noise.pix[i] = seed.Next();
    if (i % 4 == 3) noise.pix[i] = 255;
  }
  EXPECT_TRUE(EncodeGoPng(noise) == ReadTestImage("go_noise_128x96.png"));
}

}  // namespace
}  // namespace kiln::assets
