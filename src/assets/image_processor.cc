#include "assets/image_processor.h"

#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>

#include <memory>
#include <vector>

namespace kiln::assets {
namespace {

constexpr int kChannels = 4;  // RGBA throughout

struct Pixels {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> rgba;
  const unsigned char* At(int x, int y) const {
    return rgba.data() + (static_cast<size_t>(y) * width + x) * kChannels;
  }
};

struct Rect {
  int x, y, width, height;
};

// Quarter turns counter-clockwise, as hugo's `r90` turns.
Pixels Rotate(const Pixels& src, int quarter_turns) {
  Pixels out = src;
  for (int t = 0; t < quarter_turns; ++t) {
    Pixels next{out.height, out.width, std::vector<unsigned char>(out.rgba.size())};
    for (int y = 0; y < next.height; ++y) {
      for (int x = 0; x < next.width; ++x) {
        const unsigned char* p = out.At(out.width - 1 - y, x);
        std::copy(p, p + kChannels,
                  next.rgba.begin() + (static_cast<size_t>(y) * next.width + x) * kChannels);
      }
    }
    out = std::move(next);
  }
  return out;
}

// Places a `w`×`h` region inside the image by the anchor's side; "smart" is centred.
Rect Anchored(const Pixels& src, int w, int h, const std::string& anchor) {
  int x = (src.width - w) / 2, y = (src.height - h) / 2;
  if (anchor.find("left") != std::string::npos) x = 0;
  if (anchor.find("right") != std::string::npos) x = src.width - w;
  if (anchor.starts_with("top")) y = 0;
  if (anchor.starts_with("bottom")) y = src.height - h;
  return {x, y, w, h};
}

// The source region each operation resamples.
Rect SourceRegion(const Pixels& src, const ImageConfig& c, Dimensions out) {
  if (c.op == ImageOp::kCrop) return Anchored(src, out.width, out.height, c.anchor);
  if (c.op != ImageOp::kFill) return {0, 0, src.width, src.height};
  // The largest region of the result's aspect ratio.
  double want = static_cast<double>(out.width) / out.height;
  if (static_cast<double>(src.width) / src.height > want) {
    return Anchored(src, std::max(1, static_cast<int>(src.height * want + 0.5)), src.height,
                    c.anchor);
  }
  return Anchored(src, src.width, std::max(1, static_cast<int>(src.width / want + 0.5)), c.anchor);
}

stbir_filter FilterFor(const std::string& name) {
  if (name == "box" || name == "nearestneighbor") return STBIR_FILTER_BOX;
  if (name == "linear") return STBIR_FILTER_TRIANGLE;
  if (name == "bspline" || name == "gaussian") return STBIR_FILTER_CUBICBSPLINE;
  if (name == "mitchellnetravali" || name == "hermite") return STBIR_FILTER_MITCHELL;
  return STBIR_FILTER_CATMULLROM;  // lanczos and the windowed sincs
}

// Blends onto the background colour, for formats without transparency.
void Flatten(Pixels* p, const std::string& hex) {
  std::string six =
      hex.size() == 3 ? std::string{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]} : hex;
  unsigned long bg = std::stoul(six, nullptr, 16);
  const int rgb[3] = {static_cast<int>(bg >> 16) & 0xff, static_cast<int>(bg >> 8) & 0xff,
                      static_cast<int>(bg) & 0xff};
  for (size_t i = 0; i < p->rgba.size(); i += kChannels) {
    int a = p->rgba[i + 3];
    for (int ch = 0; ch < 3; ++ch) {
      p->rgba[i + ch] =
          static_cast<unsigned char>((p->rgba[i + ch] * a + rgb[ch] * (255 - a)) / 255);
    }
    p->rgba[i + 3] = 255;
  }
}

void Append(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), size);
}

}  // namespace

StatusOr<std::string> ProcessImage(std::string_view data, const ImageConfig& c) {
  if (c.rotate % 90 != 0) {
    return UnimplementedError("rotation by " + std::to_string(c.rotate) +
                              " degrees is not supported by kiln (only multiples of 90)");
  }
  int w = 0, h = 0, n = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> decoded(
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(data.data()),
                            static_cast<int>(data.size()), &w, &h, &n, kChannels),
      stbi_image_free);
  if (decoded == nullptr) {
    return InvalidArgumentError(std::string("failed to decode image: ") + stbi_failure_reason());
  }
  Pixels src{w, h, std::vector<unsigned char>(decoded.get(), decoded.get() + w * h * kChannels)};
  src = Rotate(src, ((c.rotate / 90) % 4 + 4) % 4);
  // ProcessedSize rotates the source dimensions itself.
  Dimensions out = ProcessedSize(c, {w, h});
  Rect r = SourceRegion(src, c, out);
  Pixels dst{out.width, out.height,
             std::vector<unsigned char>(static_cast<size_t>(out.width) * out.height * kChannels)};
  if (!stbir_resize_uint8_generic(src.At(r.x, r.y), r.width, r.height, src.width * kChannels,
                                  dst.rgba.data(), dst.width, dst.height, dst.width * kChannels,
                                  kChannels, 3, 0, STBIR_EDGE_CLAMP, FilterFor(c.filter),
                                  STBIR_COLORSPACE_SRGB, nullptr)) {
    return InternalError("failed to resample image");
  }
  if (!c.bg_color.empty()) Flatten(&dst, c.bg_color);
  std::string encoded;
  int ok = 0;
  switch (c.format) {
    case ImageFormat::kPng:
      ok = stbi_write_png_to_func(Append, &encoded, dst.width, dst.height, kChannels,
                                  dst.rgba.data(), dst.width * kChannels);
      break;
    case ImageFormat::kJpeg:
      ok = stbi_write_jpg_to_func(Append, &encoded, dst.width, dst.height, kChannels,
                                  dst.rgba.data(), c.quality);
      break;
    case ImageFormat::kBmp:
      ok = stbi_write_bmp_to_func(Append, &encoded, dst.width, dst.height, kChannels,
                                  dst.rgba.data());
      break;
    default:
      return UnimplementedError("writing " + std::string(ImageFormatMediaType(c.format)) +
                                " images is not supported by kiln");
  }
  if (!ok) return InternalError("failed to encode image");
  return encoded;
}

}  // namespace kiln::assets
