#include "assets/palette_dither.h"

#include <array>
#include <cstdint>
#include <string>

namespace kiln::assets {
namespace {

using Rgba16 = std::array<int32_t, 4>;

// A colour's 16-bit premultiplied value, as Go's Color.RGBA() gives it.
Rgba16 Premultiplied(uint8_t r, uint8_t g, uint8_t b, uint8_t a) {
  auto channel = [a](uint8_t v) { return static_cast<int32_t>(v * 0x101u * a / 0xff); };
  return {channel(r), channel(g), channel(b), static_cast<int32_t>(a * 0x101u)};
}
Rgba16 Premultiplied(const GoPaletteColor& c) { return Premultiplied(c.r, c.g, c.b, c.a); }

uint32_t SqDiff(int32_t x, int32_t y) {
  const uint32_t d = static_cast<uint32_t>(x - y);
  return (d * d) >> 2;
}

uint32_t Distance(const Rgba16& a, const Rgba16& b) {
  return SqDiff(a[0], b[0]) + SqDiff(a[1], b[1]) + SqDiff(a[2], b[2]) + SqDiff(a[3], b[3]);
}

int32_t Clamp16(int32_t v) { return v < 0 ? 0 : v > 0xffff ? 0xffff : v; }

}  // namespace

std::vector<GoPaletteColor> WithBackground(std::vector<GoPaletteColor> palette,
                                           std::string_view hex) {
  const unsigned long v = std::stoul(std::string(hex), nullptr, 16);
  const GoPaletteColor bg{static_cast<uint8_t>(v >> 16), static_cast<uint8_t>(v >> 8),
                          static_cast<uint8_t>(v), 0xff, false};
  // hugo's white and black are Go's color.White and color.Black, equal to no palette entry.
  const bool gray16 = hex == "ffffff" || hex == "000000";
  if (palette.size() < 256) {
    for (const GoPaletteColor& c : palette) {
      if (!gray16 && !c.nrgba && c.r == bg.r && c.g == bg.g && c.b == bg.b) return palette;
    }
    palette.insert(palette.begin(), bg);
    return palette;
  }
  // color.Palette.Index: the first entry at the smallest distance.
  const Rgba16 want = Premultiplied(bg);
  size_t best = 0;
  uint32_t best_sum = UINT32_MAX;
  for (size_t i = 0; i < palette.size(); ++i) {
    const uint32_t sum = Distance(want, Premultiplied(palette[i]));
    if (sum < best_sum) {
      best = i, best_sum = sum;
      if (sum == 0) break;
    }
  }
  palette[best] = bg;
  return palette;
}

GoImage DitherToPalette(const GoImage& image, std::vector<GoPaletteColor> palette) {
  GoImage out{image.width, image.height, GoPixelModel::kPaletted,
              std::vector<uint8_t>(static_cast<size_t>(image.width) * image.height),
              std::move(palette)};
  std::vector<Rgba16> colors;
  for (const GoPaletteColor& c : out.palette) colors.push_back(Premultiplied(c));
  // Errors carried to the current and the next row, one slot of margin on each side.
  std::vector<Rgba16> curr(image.width + 2), next(image.width + 2);
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const uint8_t* p = &image.pix[(static_cast<size_t>(y) * image.width + x) * 4];
      const Rgba16 src = image.model == GoPixelModel::kRgba
                             ? Rgba16{p[0] * 0x101, p[1] * 0x101, p[2] * 0x101, p[3] * 0x101}
                             : Premultiplied(p[0], p[1], p[2], p[3]);
      Rgba16 e;
      for (int c = 0; c < 4; ++c) e[c] = Clamp16(src[c] + curr[x + 1][c] / 16);
      size_t best = 0;
      uint32_t best_sum = UINT32_MAX;
      for (size_t i = 0; i < colors.size(); ++i) {
        const uint32_t sum = Distance(e, colors[i]);
        if (sum < best_sum) {
          best = i, best_sum = sum;
          if (sum == 0) break;
        }
      }
      out.pix[static_cast<size_t>(y) * image.width + x] = static_cast<uint8_t>(best);
      for (int c = 0; c < 4; ++c) {
        const int32_t err = e[c] - colors[best][c];
        next[x][c] += err * 3;
        next[x + 1][c] += err * 5;
        next[x + 2][c] += err;
        curr[x + 2][c] += err * 7;
      }
    }
    std::swap(curr, next);
    std::fill(next.begin(), next.end(), Rgba16{});
  }
  return out;
}

}  // namespace kiln::assets
