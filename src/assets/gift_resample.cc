#include "assets/gift_resample.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <memory>
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

// gift's sum for one destination pixel: `at(k)` is the source pixel of the k-th weight.
template <typename At>
GiftPixel Blend(const std::vector<Weight>& weights, At at) {
  float r = 0, g = 0, b = 0, a = 0;
  for (size_t k = 0; k < weights.size(); ++k) {
    const GiftPixel& c = at(k);
    float wa = c.a * weights[k].weight;
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
  return {r, g, b, a};
}

void ResizeRow(const GiftPixel* src, GiftPixel* dst,
               const std::vector<std::vector<Weight>>& weights) {
  for (size_t i = 0; i < weights.size(); ++i) {
    dst[i] =
        Blend(weights[i], [&](size_t k) -> const GiftPixel& { return src[weights[i][k].index]; });
  }
}

GiftPixel Nrgba64(const GiftPixel& px) {
  return {F32U16(px.r * 65535) * kQf16, F32U16(px.g * 65535) * kQf16, F32U16(px.b * 65535) * kQf16,
          F32U16(px.a * 65535) * kQf16};
}

// The rows of an image made in order on demand and kept while the vertical pass's window
// needs them: the float rows in flight, never the whole image.
class RowWindow {
 public:
  RowWindow(int width, const std::function<void(int, GiftPixel*)>& make)
      : width_(width), make_(make) {}

  const GiftPixel* Row(int y) {
    if (rows_.empty()) first_ = y;
    while (first_ + static_cast<int>(rows_.size()) <= y) {
      rows_.emplace_back(width_);
      make_(first_ + static_cast<int>(rows_.size()) - 1, rows_.back().data());
    }
    return rows_[y - first_].data();
  }

  void DropBefore(int y) {
    while (!rows_.empty() && first_ < y) {
      rows_.pop_front();
      ++first_;
    }
  }

 private:
  int width_;
  const std::function<void(int, GiftPixel*)>& make_;
  std::deque<std::vector<GiftPixel>> rows_;  // rows first_, first_ + 1, …
  int first_ = 0;
};

// gift's vertical pass over `src_height` rows of `width` pixels made by `make`; each output
// pixel sums its column's weights in gift's order.
GiftPlane ResizeVertical(int width, int src_height,
                         const std::function<void(int, GiftPixel*)>& make, int height,
                         const GiftFilter& filter) {
  GiftPlane out{width, height, std::vector<GiftPixel>(static_cast<size_t>(width) * height)};
  const auto weights = ResampleWeights(height, src_height, filter);
  RowWindow window(width, make);
  std::vector<const GiftPixel*> rows;
  for (int i = 0; i < height; ++i) {
    if (!weights[i].empty()) window.DropBefore(weights[i].front().index);
    rows.clear();
    for (const Weight& w : weights[i]) rows.push_back(window.Row(w.index));
    GiftPixel* dst = &out.px[static_cast<size_t>(i) * width];
    for (int x = 0; x < width; ++x) {
      dst[x] = Blend(weights[i], [&](size_t k) -> const GiftPixel& { return rows[k][x]; });
    }
  }
  return out;
}

GiftPlane ResizeNearest(const GiftRows& src, int width, int height) {
  GiftPlane out{width, height, std::vector<GiftPixel>(static_cast<size_t>(width) * height)};
  const double dx = static_cast<double>(src.width) / width;
  const double dy = static_cast<double>(src.height) / height;
  std::vector<GiftPixel> line(src.width);
  int line_y = -1;
  for (int y = 0; y < height; ++y) {
    const int sy = static_cast<int>(std::floor((y + 0.5) * dy));
    if (sy != line_y) src.read(sy, line.data()), line_y = sy;
    for (int x = 0; x < width; ++x) {
      int sx = static_cast<int>(std::floor((x + 0.5) * dx));
      out.px[static_cast<size_t>(y) * width + x] = line[sx];
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

GiftRows::GiftRows(const GiftPlane& plane)
    : width(plane.width),
      height(plane.height),
      read([&plane](int y, GiftPixel* out) { std::copy_n(&plane.At(0, y), plane.width, out); }) {}

GiftRows RowsOf(GoImage source) {
  auto image = std::make_shared<const GoImage>(std::move(source));
  return {image->width, image->height, [image](int y, GiftPixel* out) {
            const uint8_t* p =
                image->pix.data() + static_cast<size_t>(y) * image->width * image->Channels();
            for (GiftPixel* px = out; px != out + image->width; ++px) {
              switch (image->model) {
                case GoPixelModel::kPaletted:
                  // An index past the palette reads as opaque black, as Go extends the palette.
                  *px = *p < image->palette.size() ? PaletteColor(image->palette[*p])
                                                   : GiftPixel{0, 0, 0, 1};
                  p += 1;
                  continue;
                case GoPixelModel::kGray: {
                  float v = static_cast<float>(p[0]) * kQf8;
                  *px = {v, v, v, 1};
                  p += 1;
                  continue;
                }
                case GoPixelModel::kNrgba:
                  *px = {p[0] * kQf8, p[1] * kQf8, p[2] * kQf8, p[3] * kQf8};
                  break;
                case GoPixelModel::kRgba:
                  if (p[3] == 0xff) {
                    *px = {p[0] * kQf8, p[1] * kQf8, p[2] * kQf8, 1};
                  } else if (p[3] == 0) {
                    *px = {0, 0, 0, 0};
                  } else {
                    float q = 1.0f / static_cast<float>(p[3]);
                    *px = {p[0] * q, p[1] * q, p[2] * q, p[3] * kQf8};
                  }
                  break;
              }
              p += 4;
            }
          }};
}

GiftRows RowsOf(GoJpegImage source) {
  auto image = std::make_shared<const GoJpegImage>(std::move(source));
  return {image->width, image->height, [image](int y, GiftPixel* out) {
            constexpr int32_t kMax = 255 * 100000;
            constexpr float kInv = 1.0f / kMax;
            auto clamp = [](int32_t v) { return v > kMax ? kMax : v > 0 ? v : 0; };
            const uint8_t* luma_row = image->y.data() + static_cast<size_t>(y) * image->y_stride;
            for (int x = 0; x < image->width; ++x) {
              const uint8_t luma = luma_row[x];
              if (image->components == 1) {
                const float v = static_cast<float>(luma) * kQf8;
                out[x] = {v, v, v, 1};
                continue;
              }
              const size_t ci =
                  static_cast<size_t>(y / image->v_div) * image->c_stride + x / image->h_div;
              const int32_t y1 = luma * 100000, cb = image->cb[ci] - 128, cr = image->cr[ci] - 128;
              out[x] = {static_cast<float>(clamp(y1 + 140200 * cr)) * kInv,
                        static_cast<float>(clamp(y1 - 34414 * cb - 71414 * cr)) * kInv,
                        static_cast<float>(clamp(y1 + 177200 * cb)) * kInv, 1};
            }
          }};
}

GiftPlane ToGiftPlane(const GiftRows& rows) {
  GiftPlane out{rows.width, rows.height,
                std::vector<GiftPixel>(static_cast<size_t>(rows.width) * rows.height)};
  for (int y = 0; y < rows.height; ++y) rows.read(y, &out.px[static_cast<size_t>(y) * rows.width]);
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
  for (GiftPixel& px : plane.px) px = Nrgba64(px);
  return plane;
}

GiftPlane GiftResize(const GiftRows& src, int width, int height, const GiftFilter& filter) {
  if (src.width == width && src.height == height) return ToGiftPlane(src);
  if (filter.support <= 0) return ResizeNearest(src, width, height);
  if (src.width == width) return ResizeVertical(width, src.height, src.read, height, filter);
  const auto weights = ResampleWeights(width, src.width, filter);
  std::vector<GiftPixel> line(src.width);
  if (src.height == height) {
    GiftPlane out{width, height, std::vector<GiftPixel>(static_cast<size_t>(width) * height)};
    for (int y = 0; y < height; ++y) {
      src.read(y, line.data());
      ResizeRow(line.data(), &out.px[static_cast<size_t>(y) * width], weights);
    }
    return out;
  }
  // Both passes: each source row resized across, through gift's 16-bit image between them.
  const std::function<void(int, GiftPixel*)> across = [&](int y, GiftPixel* out) {
    src.read(y, line.data());
    ResizeRow(line.data(), out, weights);
    for (GiftPixel* px = out; px != out + width; ++px) *px = Nrgba64(*px);
  };
  return ResizeVertical(width, src.height, across, height, filter);
}

GiftRows GiftCrop(const GiftRows& src, int x, int y, int width, int height) {
  return {width, height, [&src, x, y, width](int row, GiftPixel* out) {
            std::vector<GiftPixel> line(src.width);
            src.read(y + row, line.data());
            std::copy_n(line.begin() + x, width, out);
          }};
}

GiftRows ThroughNrgba64Rows(const GiftRows& src) {
  return {src.width, src.height, [&src](int y, GiftPixel* out) {
            src.read(y, out);
            std::transform(out, out + src.width, out, Nrgba64);
          }};
}

GiftPlane GiftCropToSize(const GiftRows& src, int width, int height, std::string_view anchor) {
  int x = (src.width - width) / 2, y = (src.height - height) / 2;
  if (anchor.ends_with("left")) x = 0;
  if (anchor.ends_with("right")) x = src.width - width;
  if (anchor.starts_with("top")) y = 0;
  if (anchor.starts_with("bottom")) y = src.height - height;
  const int x0 = std::max(x, 0), y0 = std::max(y, 0);
  const int x1 = std::min(x + width, src.width), y1 = std::min(y + height, src.height);
  return ToGiftPlane(GiftCrop(src, x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)));
}

Dimensions GiftFitSize(Dimensions src, int width, int height) {
  if (src.width <= width && src.height <= height) return src;
  const double wratio = static_cast<double>(src.width) / width;
  const double hratio = static_cast<double>(src.height) / height;
  if (wratio > hratio)
    return {width, std::min(static_cast<int>(src.height / wratio + 0.5), height)};
  return {std::min(static_cast<int>(src.width / hratio + 0.5), width), height};
}

GiftPlane GiftFill(const GiftRows& src, int width, int height, const GiftFilter& filter,
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
