#include "assets/smart_crop.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace kiln::assets {
namespace {

// smartcrop's tuning. The two scale factors are Go constant expressions, 255/(1-0.8) and
// 255/(1-0.4), which Go evaluates exactly.
constexpr double kSkinColor[3] = {0.78, 0.57, 0.44};
constexpr double kDetailWeight = 0.2;
constexpr double kSkinBias = 0.01;
constexpr double kSkinBrightnessMin = 0.2;
constexpr double kSkinBrightnessMax = 1.0;
constexpr double kSkinThreshold = 0.8;
constexpr double kSkinScale = 1275;
constexpr double kSkinWeight = 1.8;
constexpr double kSaturationBrightnessMin = 0.05;
constexpr double kSaturationBrightnessMax = 0.9;
constexpr double kSaturationThreshold = 0.4;
constexpr double kSaturationScale = 425;
constexpr double kSaturationBias = 0.2;
constexpr double kSaturationWeight = 0.3;
constexpr int kScoreDownSample = 8;
constexpr int kStep = 8;
constexpr double kScaleStep = 0.1;
constexpr double kMinScale = 0.9;
constexpr double kMaxScale = 1.0;
constexpr double kEdgeRadius = 0.4;
constexpr double kEdgeWeight = -20.0;
constexpr double kOutsideImportance = -0.5;
constexpr double kPrescaleMin = 400.0;

struct Rgb {
  uint8_t r, g, b;
};

// An 8-bit RGB image, as smartcrop's *image.RGBA (alpha is never read).
struct RgbImage {
  int width = 0, height = 0;
  std::vector<Rgb> px;
  Rgb& At(int x, int y) { return px[static_cast<size_t>(y) * width + x]; }
};

double Chop(double x) { return x < 0 ? std::ceil(x) : std::floor(x); }

double Clamp255(double l) { return std::min(std::max(l, 0.0), 255.0); }

double Cie(Rgb c) { return 0.5126 * c.b + 0.7152 * c.g + 0.0722 * c.r; }

double SkinCol(Rgb c) {
  const double r = c.r, g = c.g, b = c.b;
  const double mag = std::sqrt(r * r + g * g + b * b);
  const double rd = r / mag - kSkinColor[0], gd = g / mag - kSkinColor[1],
               bd = b / mag - kSkinColor[2];
  return 1.0 - std::sqrt(rd * rd + gd * gd + bd * bd);
}

double Saturation(Rgb c) {
  const uint8_t cmax = std::max({c.r, c.g, c.b}), cmin = std::min({c.r, c.g, c.b});
  if (cmax == cmin) return 0;
  const double maximum = cmax / 255.0, minimum = cmin / 255.0;
  const double l = (maximum + minimum) / 2.0, d = maximum - minimum;
  return l > 0.5 ? d / (2.0 - maximum - minimum) : d / (maximum + minimum);
}

double Thirds(double x) {
  x = (std::fmod(x - (1.0 / 3.0) + 1.0, 2.0) * 0.5 - 0.5) * 16.0;
  return std::max(1.0 - x * x, 0.0);
}

double Importance(const CropRect& crop, int x, int y) {
  if (crop.x0 > x || x >= crop.x1 || crop.y0 > y || y >= crop.y1) return kOutsideImportance;
  const double xf = static_cast<double>(x - crop.x0) / crop.Width();
  const double yf = static_cast<double>(y - crop.y0) / crop.Height();
  const double px = std::abs(0.5 - xf) * 2.0, py = std::abs(0.5 - yf) * 2.0;
  const double dx = std::max(px - 1.0 + kEdgeRadius, 0.0);
  const double dy = std::max(py - 1.0 + kEdgeRadius, 0.0);
  const double d = (dx * dx + dy * dy) * kEdgeWeight;
  double s = 1.41 - std::sqrt(px * px + py * py);
  s += (std::max(0.0, s + d + 0.5) * 1.2) * (Thirds(px) + Thirds(py));
  return s + d;
}

// One sample of the feature map, with the factors smartcrop multiplies by each crop's
// importance there (computed once; the products are the same as computing them each time).
struct Sample {
  int x, y;
  double detail, skin, saturation;
};

std::vector<Sample> Samples(RgbImage& features) {
  std::vector<Sample> out;
  for (int y = 0; y <= features.height - kScoreDownSample; y += kScoreDownSample) {
    for (int x = 0; x <= features.width - kScoreDownSample; x += kScoreDownSample) {
      const Rgb c = features.At(x, y);
      const double det = c.g / 255.0;
      out.push_back(
          {x, y, det, c.r / 255.0 * (det + kSkinBias), c.b / 255.0 * (det + kSaturationBias)});
    }
  }
  return out;
}

// The total score of `crop`, summed over the samples in smartcrop's order.
double TotalScore(const std::vector<Sample>& samples, const CropRect& crop) {
  double detail = 0, saturation = 0, skin = 0;
  for (const Sample& p : samples) {
    const double imp = Importance(crop, p.x, p.y);
    skin += p.skin * imp;
    detail += p.detail * imp;
    saturation += p.saturation * imp;
  }
  return (detail * kDetailWeight + skin * kSkinWeight + saturation * kSaturationWeight) /
         static_cast<double>(crop.Width()) / static_cast<double>(crop.Height());
}

// Edge (G), skin (R) and saturation (B) maps of `img`.
RgbImage Features(RgbImage& img) {
  RgbImage out{img.width, img.height, std::vector<Rgb>(img.px.size())};
  const int w = img.width, h = img.height;
  std::vector<double> cies(img.px.size());
  for (size_t i = 0; i < cies.size(); ++i) cies[i] = Cie(img.px[i]);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      double lightness = 0;
      if (x != 0 && x < w - 1 && y != 0 && y < h - 1) {
        lightness = cies[y * w + x] * 4.0 - cies[x + (y - 1) * w] - cies[x - 1 + y * w] -
                    cies[x + 1 + y * w] - cies[x + (y + 1) * w];
      }
      Rgb& o = out.At(x, y);
      o.g = static_cast<uint8_t>(Clamp255(lightness));
      const Rgb c = img.At(x, y);
      const double light = Cie(c) / 255.0;
      const double skin = SkinCol(c);
      o.r = skin > kSkinThreshold && light >= kSkinBrightnessMin && light <= kSkinBrightnessMax
                ? static_cast<uint8_t>(Clamp255((skin - kSkinThreshold) * kSkinScale))
                : 0;
      const double sat = Saturation(c);
      o.b = sat > kSaturationThreshold && light >= kSaturationBrightnessMin &&
                    light <= kSaturationBrightnessMax
                ? static_cast<uint8_t>(Clamp255((sat - kSaturationThreshold) * kSaturationScale))
                : 0;
    }
  }
  return out;
}

// gift's result (stored as `model`) drawn into an RGBA image as Go's draw.Src does.
RgbImage ToRgb(const GiftPlane& plane, GoPixelModel model) {
  const GoImage image = FromGiftPlane(plane, model);
  RgbImage out{image.width, image.height, std::vector<Rgb>(image.pix.size() / image.Channels())};
  for (size_t i = 0; i < out.px.size(); ++i) {
    const uint8_t* p = &image.pix[i * image.Channels()];
    if (model == GoPixelModel::kGray) {
      out.px[i] = {p[0], p[0], p[0]};
    } else if (model == GoPixelModel::kRgba) {
      out.px[i] = {p[0], p[1], p[2]};
    } else {
      const uint32_t sa = p[3] * 0x101u;
      out.px[i] = {static_cast<uint8_t>((p[0] * sa / 0xff) >> 8),
                   static_cast<uint8_t>((p[1] * sa / 0xff) >> 8),
                   static_cast<uint8_t>((p[2] * sa / 0xff) >> 8)};
    }
  }
  return out;
}

}  // namespace

CropRect SmartCropBounds(const GiftRows& src, GoPixelModel model, int width, int height,
                         const GiftFilter& filter) {
  const CropRect whole{0, 0, src.width, src.height};
  if (width <= 0 || height <= 0 || src.width <= 0 || src.height <= 0) return {};
  if (src.width == width && src.height == height) return whole;
  const double scale =
      std::min(static_cast<double>(src.width) / width, static_cast<double>(src.height) / height);
  double prescale = 1.0;
  if (double f = kPrescaleMin / std::min<double>(src.width, src.height); f < 1.0) prescale = f;
  // hugo's resizer: the width asked, the height following the aspect ratio, rounded up.
  const int small_w = static_cast<int>(src.width * prescale);
  const double scale_x = static_cast<double>(src.width) / small_w;
  const int small_h = static_cast<int>(std::ceil(src.height / scale_x));
  RgbImage small = ToRgb(GiftResize(src, small_w, small_h, filter), model);

  const double crop_w = Chop(width * scale * prescale), crop_h = Chop(height * scale * prescale);
  const double min_scale = std::min(kMaxScale, std::max(1.0 / scale, kMinScale));
  RgbImage features = Features(small);
  const std::vector<Sample> samples = Samples(features);
  const double min_dim = std::min(small.width, small.height);
  const double cw = crop_w != 0 ? crop_w : min_dim, ch = crop_h != 0 ? crop_h : min_dim;
  CropRect top;
  double top_score = -1.0;
  for (double s = kMaxScale; s >= min_scale; s -= kScaleStep) {
    for (int y = 0; y + ch * s <= small.height; y += kStep) {
      for (int x = 0; x + cw * s <= small.width; x += kStep) {
        const CropRect crop{x, y, x + static_cast<int>(cw * s), y + static_cast<int>(ch * s)};
        const double score = TotalScore(samples, crop);
        if (score > top_score) {
          top = crop;
          top_score = score;
        }
      }
    }
  }
  CropRect r{static_cast<int>(Chop(top.x0 / prescale)), static_cast<int>(Chop(top.y0 / prescale)),
             static_cast<int>(Chop(top.x1 / prescale)), static_cast<int>(Chop(top.y1 / prescale))};
  // Canon, then the intersection with the image.
  if (r.x1 < r.x0) std::swap(r.x0, r.x1);
  if (r.y1 < r.y0) std::swap(r.y0, r.y1);
  r = {std::max(r.x0, 0), std::max(r.y0, 0), std::min(r.x1, src.width), std::min(r.y1, src.height)};
  if (r.x0 >= r.x1 || r.y0 >= r.y1) return {};
  return r;
}

}  // namespace kiln::assets
