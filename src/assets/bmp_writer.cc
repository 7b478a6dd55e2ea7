#include "assets/bmp_writer.h"

#include <cstdint>

namespace kiln::assets {
namespace {

void Append16(std::string* out, uint16_t v) {
  out->push_back(static_cast<char>(v & 0xff));
  out->push_back(static_cast<char>(v >> 8));
}
void Append32(std::string* out, uint32_t v) {
  Append16(out, static_cast<uint16_t>(v & 0xffff));
  Append16(out, static_cast<uint16_t>(v >> 16));
}

}  // namespace

std::string EncodeGoBmp(const GoImage& image) {
  const bool gray = image.model == GoPixelModel::kGray;
  const bool opaque = image.Opaque();
  const int w = image.width, h = image.height;
  const int bpp = gray ? 8 : opaque ? 24 : 32;
  const uint32_t step = gray     ? (static_cast<uint32_t>(w) + 3) & ~3u
                        : opaque ? (3 * static_cast<uint32_t>(w) + 3) & ~3u
                                 : 4 * static_cast<uint32_t>(w);
  const uint32_t palette_size = gray ? 1024 : 0;
  const uint32_t image_size = step * static_cast<uint32_t>(h);
  std::string out = "BM";
  Append32(&out, 14 + 40 + palette_size + image_size);
  Append32(&out, 0);
  Append32(&out, 14 + 40 + palette_size);
  Append32(&out, 40);
  Append32(&out, static_cast<uint32_t>(w));
  Append32(&out, static_cast<uint32_t>(h));
  Append16(&out, 1);
  Append16(&out, static_cast<uint16_t>(bpp));
  Append32(&out, 0);
  Append32(&out, image_size);
  for (int i = 0; i < 4; ++i) Append32(&out, 0);
  if (gray) {
    for (int i = 0; i < 256; ++i) Append32(&out, 0xff000000u | i << 16 | i << 8 | i);
  }
  if (w == 0 || h == 0) return out;
  std::string row(step, '\0');
  for (int y = h - 1; y >= 0; --y) {
    const uint8_t* p = image.pix.data() + static_cast<size_t>(y) * w * image.Channels();
    if (gray) {
      row.replace(0, w, reinterpret_cast<const char*>(p), w);
      out += row;
      continue;
    }
    char* o = row.data();
    for (int x = 0; x < w; ++x, p += 4) {
      uint8_t r = p[0], g = p[1], b = p[2];
      const uint8_t a = p[3];
      if (!opaque && image.model == GoPixelModel::kRgba && a != 0xff) {
        // Premultiplied to straight alpha; a fully transparent pixel is all zeros.
        auto straight = [a](uint8_t v) {
          return a == 0 ? uint8_t{0} : static_cast<uint8_t>((v * 0xffffu / a) >> 8);
        };
        r = straight(r), g = straight(g), b = straight(b);
      }
      *o++ = static_cast<char>(b);
      *o++ = static_cast<char>(g);
      *o++ = static_cast<char>(r);
      if (!opaque) *o++ = static_cast<char>(a);
    }
    out += row;
  }
  return out;
}

}  // namespace kiln::assets
