#include "assets/gift_resample.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace kiln::assets {
namespace {

// Go evaluates these untyped constants exactly and rounds them once to float32, as the
// single correctly rounded float division here does.
constexpr float kQf8 = 1.0f / 255;
constexpr float kQf16 = 1.0f / 65535;

float Abs(float x) { return x < 0 ? -x : x; }

float BcSpline(float x, float b, float c) {
  x = Abs(x);
  if (x < 1)
    return ((12 - 9 * b - 6 * c) * x * x * x + (-18 + 12 * b + 6 * c) * x * x + (6 - 2 * b)) / 6;
  if (x < 2) {
    return ((-b - 6 * c) * x * x * x + (6 * b + 30 * c) * x * x + (-12 * b - 48 * c) * x +
            (8 * b + 24 * c)) /
           6;
  }
  return 0;
}

float Sinc(float x) {
  if (x == 0) return 1;
  double px = std::numbers::pi * static_cast<double>(x);
  return static_cast<float>(std::sin(px) / px);
}

// The windowed sincs take their window in double precision, as hugo's do.
double Window3(float x) { return std::numbers::pi * static_cast<double>(x) / 3.0; }

float NoKernel(float) { return 0; }
float Box(float x) { return Abs(x) <= 0.5f ? 1 : 0; }
float Linear(float x) { return Abs(x) < 1 ? 1 - Abs(x) : 0; }
float Hermite(float x) { return Abs(x) < 1 ? BcSpline(Abs(x), 0, 0) : 0; }
float Mitchell(float x) { return Abs(x) < 2 ? BcSpline(Abs(x), 1.0f / 3, 1.0f / 3) : 0; }
float CatmullRom(float x) { return Abs(x) < 2 ? BcSpline(Abs(x), 0, 0.5f) : 0; }
float BSpline(float x) { return Abs(x) < 2 ? BcSpline(Abs(x), 1, 0) : 0; }
float Gaussian(float x) {
  x = Abs(x);
  return x < 2 ? static_cast<float>(std::exp(static_cast<double>(-2 * x * x))) : 0;
}
float Lanczos(float x) {
  x = Abs(x);
  return x < 3 ? Sinc(x) * Sinc(x / 3) : 0;
}
float Hann(float x) {
  x = Abs(x);
  return x < 3 ? Sinc(x) * static_cast<float>(0.5 + 0.5 * std::cos(Window3(x))) : 0;
}
float Hamming(float x) {
  x = Abs(x);
  return x < 3 ? Sinc(x) * static_cast<float>(0.54 + 0.46 * std::cos(Window3(x))) : 0;
}
float Blackman(float x) {
  x = Abs(x);
  if (x >= 3) return 0;
  double w = 0.42 - 0.5 * std::cos(Window3(x) + std::numbers::pi) +
             0.08 * std::cos(2.0 * std::numbers::pi * static_cast<double>(x) / 3.0);
  return Sinc(x) * static_cast<float>(w);
}
float Bartlett(float x) {
  x = Abs(x);
  return x < 3 ? Sinc(x) * (3 - x) / 3 : 0;
}
float Welch(float x) {
  x = Abs(x);
  return x < 3 ? Sinc(x) * (1 - (x * x / 9)) : 0;
}
float Cosine(float x) {
  x = Abs(x);
  return x < 3 ? Sinc(x) * static_cast<float>(
                               std::cos((std::numbers::pi / 2.0) * (static_cast<double>(x) / 3.0)))
               : 0;
}

uint8_t F32U8(float v) {
  int64_t x = static_cast<int64_t>(v + 0.5f);
  return x > 0xff ? 0xff : x > 0 ? static_cast<uint8_t>(x) : 0;
}
uint16_t F32U16(float v) {
  int64_t x = static_cast<int64_t>(v + 0.5f);
  return x > 0xffff ? 0xffff : x > 0 ? static_cast<uint16_t>(x) : 0;
}

struct Weight {
  int index;
  float weight;
};

// For each destination index, the source indices and normalised weights gift sums.
std::vector<std::vector<Weight>> ResampleWeights(int dst_size, int src_size,
                                                 const GiftFilter& filter) {
  const float delta = static_cast<float>(src_size) / static_cast<float>(dst_size);
  const float scale = std::max(delta, 1.0f);
  const float radius = static_cast<float>(std::ceil(static_cast<double>(scale * filter.support)));
  std::vector<std::vector<Weight>> result(dst_size);
  for (int i = 0; i < dst_size; ++i) {
    const float center = (static_cast<float>(i) + 0.5f) * delta - 0.5f;
    const int left = std::max(0, static_cast<int>(std::ceil(static_cast<double>(center - radius))));
    const int right =
        std::min(src_size - 1, static_cast<int>(std::floor(static_cast<double>(center + radius))));
    float sum = 0;
    for (int j = left; j <= right; ++j) {
      float w = filter.kernel((static_cast<float>(j) - center) / scale);
      if (w == 0) continue;
      result[i].push_back({j, w});
      sum += w;
    }
    for (Weight& w : result[i]) w.weight /= sum;
  }
  return result;
}

// One row or column: `src` and `dst` step through memory by `src_step`/`dst_step` pixels.
void ResizeLine(const GiftPixel* src, size_t src_step, GiftPixel* dst, size_t dst_step,
                const std::vector<std::vector<Weight>>& weights) {
  for (size_t i = 0; i < weights.size(); ++i) {
    float r = 0, g = 0, b = 0, a = 0;
    for (const Weight& w : weights[i]) {
      const GiftPixel& c = src[w.index * src_step];
      float wa = c.a * w.weight;
      r += c.r * wa;
      g += c.g * wa;
      b += c.b * wa;
      a += wa;
    }
    if (a != 0) {
      r /= a;
      g /= a;
      b /= a;
    }
    dst[i * dst_step] = {r, g, b, a};
  }
}

GiftPlane ResizeHorizontal(const GiftPlane& src, int width, const GiftFilter& filter) {
  GiftPlane out{width, src.height, std::vector<GiftPixel>(static_cast<size_t>(width) * src.height)};
  auto weights = ResampleWeights(width, src.width, filter);
  for (int y = 0; y < src.height; ++y) {
    ResizeLine(&src.At(0, y), 1, &out.px[static_cast<size_t>(y) * width], 1, weights);
  }
  return out;
}

GiftPlane ResizeVertical(const GiftPlane& src, int height, const GiftFilter& filter) {
  GiftPlane out{src.width, height, std::vector<GiftPixel>(static_cast<size_t>(src.width) * height)};
  auto weights = ResampleWeights(height, src.height, filter);
  for (int x = 0; x < src.width; ++x) {
    ResizeLine(&src.At(x, 0), src.width, &out.px[x], src.width, weights);
  }
  return out;
}

GiftPlane ResizeNearest(const GiftPlane& src, int width, int height) {
  GiftPlane out{width, height, std::vector<GiftPixel>(static_cast<size_t>(width) * height)};
  const double dx = static_cast<double>(src.width) / width;
  const double dy = static_cast<double>(src.height) / height;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      int sx = static_cast<int>(std::floor((x + 0.5) * dx));
      int sy = static_cast<int>(std::floor((y + 0.5) * dy));
      out.px[static_cast<size_t>(y) * width + x] = src.At(sx, sy);
    }
  }
  return out;
}

// gift's reading of a palette entry (pixelFromColor): through its 16-bit premultiplied value.
GiftPixel PaletteColor(const GoPaletteColor& c) {
  const uint32_t a16 = c.a * 0x101u;
  if (a16 == 0) return {};
  if (a16 == 0xffff) return {c.r * 0x101u * kQf16, c.g * 0x101u * kQf16, c.b * 0x101u * kQf16, 1};
  const float q = 1.0f / static_cast<float>(a16);
  auto channel = [&](uint8_t v) { return static_cast<float>(v * 0x101u * c.a / 0xff) * q; };
  return {channel(c.r), channel(c.g), channel(c.b), a16 * kQf16};
}

}  // namespace

GiftFilter GiftFilterNamed(std::string_view name) {
  struct Named {
    std::string_view name;
    GiftFilter filter;
  };
  static constexpr Named kFilters[] = {
      {"nearestneighbor", {0, NoKernel}},
      {"box", {0.5f, Box}},
      {"linear", {1, Linear}},
      {"hermite", {1, Hermite}},
      {"mitchellnetravali", {2, Mitchell}},
      {"catmullrom", {2, CatmullRom}},
      {"bspline", {2, BSpline}},
      {"gaussian", {2, Gaussian}},
      {"lanczos", {3, Lanczos}},
      {"hann", {3, Hann}},
      {"hamming", {3, Hamming}},
      {"blackman", {3, Blackman}},
      {"bartlett", {3, Bartlett}},
      {"welch", {3, Welch}},
      {"cosine", {3, Cosine}},
  };
  for (const Named& f : kFilters) {
    if (f.name == name) return f.filter;
  }
  return {0.5f, Box};
}

GiftPlane ToGiftPlane(const GoImage& image) {
  GiftPlane out{image.width, image.height,
                std::vector<GiftPixel>(static_cast<size_t>(image.width) * image.height)};
  const uint8_t* p = image.pix.data();
  for (GiftPixel& px : out.px) {
    switch (image.model) {
      case GoPixelModel::kPaletted:
        // An index past the palette reads as opaque black, as Go extends the palette.
        px = *p < image.palette.size() ? PaletteColor(image.palette[*p]) : GiftPixel{0, 0, 0, 1};
        p += 1;
        continue;
      case GoPixelModel::kGray: {
        float v = static_cast<float>(p[0]) * kQf8;
        px = {v, v, v, 1};
        p += 1;
        continue;
      }
      case GoPixelModel::kNrgba:
        px = {p[0] * kQf8, p[1] * kQf8, p[2] * kQf8, p[3] * kQf8};
        break;
      case GoPixelModel::kRgba:
        if (p[3] == 0xff) {
          px = {p[0] * kQf8, p[1] * kQf8, p[2] * kQf8, 1};
        } else if (p[3] == 0) {
          px = {0, 0, 0, 0};
        } else {
          float q = 1.0f / static_cast<float>(p[3]);
          px = {p[0] * q, p[1] * q, p[2] * q, p[3] * kQf8};
        }
        break;
    }
    p += 4;
  }
  return out;
}

GiftPlane ToGiftPlane(const GoJpegImage& image) {
  GiftPlane out{image.width, image.height,
                std::vector<GiftPixel>(static_cast<size_t>(image.width) * image.height)};
  constexpr int32_t kMax = 255 * 100000;
  constexpr float kInv = 1.0f / kMax;
  auto clamp = [](int32_t v) { return v > kMax ? kMax : v > 0 ? v : 0; };
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      GiftPixel& px = out.px[static_cast<size_t>(y) * image.width + x];
      const uint8_t luma = image.y[static_cast<size_t>(y) * image.y_stride + x];
      if (image.components == 1) {
        const float v = static_cast<float>(luma) * kQf8;
        px = {v, v, v, 1};
        continue;
      }
      const size_t ci = static_cast<size_t>(y / image.v_div) * image.c_stride + x / image.h_div;
      const int32_t y1 = luma * 100000, cb = image.cb[ci] - 128, cr = image.cr[ci] - 128;
      px = {static_cast<float>(clamp(y1 + 140200 * cr)) * kInv,
            static_cast<float>(clamp(y1 - 34414 * cb - 71414 * cr)) * kInv,
            static_cast<float>(clamp(y1 + 177200 * cb)) * kInv, 1};
    }
  }
  return out;
}

GoImage FromGiftPlane(const GiftPlane& plane, GoPixelModel model) {
  // gift writes a paletted source's results into an NRGBA image.
  if (model == GoPixelModel::kPaletted) model = GoPixelModel::kNrgba;
  GoImage out{plane.width, plane.height, model, {}, {}};
  out.pix.resize(static_cast<size_t>(plane.width) * plane.height * out.Channels());
  uint8_t* p = out.pix.data();
  for (const GiftPixel& px : plane.px) {
    switch (model) {
      case GoPixelModel::kGray:
        *p++ = F32U8((0.299f * px.r + 0.587f * px.g + 0.114f * px.b) * px.a * 255);
        continue;
      case GoPixelModel::kPaletted:  // made NRGBA above
      case GoPixelModel::kNrgba:
        p[0] = F32U8(px.r * 255), p[1] = F32U8(px.g * 255), p[2] = F32U8(px.b * 255);
        p[3] = F32U8(px.a * 255);
        break;
      case GoPixelModel::kRgba: {
        float fa = px.a * 255;
        p[0] = F32U8(px.r * fa), p[1] = F32U8(px.g * fa), p[2] = F32U8(px.b * fa);
        p[3] = F32U8(fa);
        break;
      }
    }
    p += 4;
  }
  return out;
}

GiftPlane ThroughNrgba64(GiftPlane plane) {
  for (GiftPixel& px : plane.px) {
    px = {F32U16(px.r * 65535) * kQf16, F32U16(px.g * 65535) * kQf16, F32U16(px.b * 65535) * kQf16,
          F32U16(px.a * 65535) * kQf16};
  }
  return plane;
}

GiftPlane GiftResize(const GiftPlane& src, int width, int height, const GiftFilter& filter) {
  if (src.width == width && src.height == height) return src;
  if (filter.support <= 0) return ResizeNearest(src, width, height);
  if (src.width == width) return ResizeVertical(src, height, filter);
  if (src.height == height) return ResizeHorizontal(src, width, filter);
  return ResizeVertical(ThroughNrgba64(ResizeHorizontal(src, width, filter)), height, filter);
}

GiftPlane GiftCrop(const GiftPlane& src, int x, int y, int width, int height) {
  GiftPlane out{width, height, std::vector<GiftPixel>(static_cast<size_t>(width) * height)};
  for (int row = 0; row < height; ++row) {
    std::copy_n(&src.At(x, y + row), width, &out.px[static_cast<size_t>(row) * width]);
  }
  return out;
}

GiftPlane GiftCropToSize(const GiftPlane& src, int width, int height, std::string_view anchor) {
  int x = (src.width - width) / 2, y = (src.height - height) / 2;
  if (anchor.ends_with("left")) x = 0;
  if (anchor.ends_with("right")) x = src.width - width;
  if (anchor.starts_with("top")) y = 0;
  if (anchor.starts_with("bottom")) y = src.height - height;
  const int x0 = std::max(x, 0), y0 = std::max(y, 0);
  const int x1 = std::min(x + width, src.width), y1 = std::min(y + height, src.height);
  return GiftCrop(src, x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0));
}

Dimensions GiftFitSize(Dimensions src, int width, int height) {
  if (src.width <= width && src.height <= height) return src;
  const double wratio = static_cast<double>(src.width) / width;
  const double hratio = static_cast<double>(src.height) / height;
  if (wratio > hratio)
    return {width, std::min(static_cast<int>(src.height / wratio + 0.5), height)};
  return {std::min(static_cast<int>(src.width / hratio + 0.5), width), height};
}

GiftPlane GiftFill(const GiftPlane& src, int width, int height, const GiftFilter& filter,
                   std::string_view anchor) {
  const double wratio = static_cast<double>(src.width) / width;
  const double hratio = static_cast<double>(src.height) / height;
  int tmpw = width, tmph = height;
  if (wratio < hratio) {
    tmph = std::max(static_cast<int>(src.height / wratio + 0.5), height);
  } else {
    tmpw = std::max(static_cast<int>(src.width / hratio + 0.5), width);
  }
  return GiftCropToSize(ThroughNrgba64(GiftResize(src, tmpw, tmph, filter)), width, height, anchor);
}

GiftPlane GiftRotate(const GiftPlane& src, int quarter_turns) {
  GiftPlane out = src;
  for (int t = 0; t < quarter_turns; ++t) {
    GiftPlane next{out.height, out.width, std::vector<GiftPixel>(out.px.size())};
    for (int y = 0; y < next.height; ++y) {
      for (int x = 0; x < next.width; ++x) {
        next.px[static_cast<size_t>(y) * next.width + x] = out.At(out.width - 1 - y, x);
      }
    }
    out = std::move(next);
  }
  return out;
}

}  // namespace kiln::assets
