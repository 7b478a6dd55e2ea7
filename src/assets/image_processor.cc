#include "assets/image_processor.h"

#include <stb_image.h>

#include <array>
#include <map>
#include <memory>
#include <vector>

#include "assets/bmp_writer.h"
#include "assets/gift_resample.h"
#include "assets/jpeg_writer.h"
#include "assets/palette_dither.h"
#include "assets/png_writer.h"
#include "assets/smart_crop.h"

namespace kiln::assets {
namespace {

constexpr int kChannels = 4;  // stb decodes to RGBA throughout

// A decoded source, read into gift's working form a row at a time, and the Go image type hugo would
// write the result into (the source's own type for gray, RGB and RGBA PNGs; NRGBA otherwise).
struct Source {
  GiftRows rows;
  GoPixelModel model = GoPixelModel::kNrgba;
  std::vector<GoPaletteColor> palette;  // of a paletted PNG, which hugo re-palettes into
};

uint32_t BigEndian32(std::string_view data, size_t at) {
  auto b = [&](size_t i) { return static_cast<uint32_t>(static_cast<uint8_t>(data[at + i])); };
  return b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
}

uint32_t LittleEndian32(std::string_view data, size_t at) {
  auto b = [&](size_t i) { return static_cast<uint32_t>(static_cast<uint8_t>(data[at + i])); };
  return b(3) << 24 | b(2) << 16 | b(1) << 8 | b(0);
}

// The PNG's colour type (0 gray, 2 RGB, 3 paletted, 4 gray+alpha, 6 RGBA), bit depth,
// whether it has a tRNS chunk, and its palette as Go's decoder builds it; nullopt for other
// files and truncated headers.
struct PngKind {
  int color_type;
  int depth;
  bool transparency;
  std::vector<GoPaletteColor> palette;
};
std::optional<PngKind> PngKindOf(std::string_view data) {
  if (data.size() < 33 || data.substr(0, 8) != "\x89PNG\r\n\x1a\n") return std::nullopt;
  PngKind kind{static_cast<uint8_t>(data[25]), static_cast<uint8_t>(data[24]), false, {}};
  for (size_t at = 8; at + 8 <= data.size();) {
    const std::string_view type = data.substr(at + 4, 4);
    const std::string_view body = data.substr(at + 8, BigEndian32(data, at));
    if (type == "PLTE") {
      for (size_t i = 0; i + 3 <= body.size(); i += 3) {
        kind.palette.push_back({static_cast<uint8_t>(body[i]), static_cast<uint8_t>(body[i + 1]),
                                static_cast<uint8_t>(body[i + 2]), 0xff, false});
      }
    }
    if (type == "tRNS") {
      kind.transparency = true;
      for (size_t i = 0; kind.color_type == 3 && i < body.size() && i < kind.palette.size(); ++i) {
        kind.palette[i].a = static_cast<uint8_t>(body[i]);
        kind.palette[i].nrgba = true;
      }
    }
    if (type == "IDAT") break;
    at += 12 + static_cast<size_t>(BigEndian32(data, at));
  }
  return kind;
}

// A BMP's bits per pixel; nullopt for other files.
std::optional<int> BmpBitsPerPixel(std::string_view data) {
  if (data.size() < 30 || !data.starts_with("BM")) return std::nullopt;
  return static_cast<uint8_t>(data[28]) | static_cast<uint8_t>(data[29]) << 8;
}

// An 8-bit BMP's 256-colour table (stored blue, green, red, padding), which Go requires in
// full; nullopt for other files.
std::optional<std::vector<GoPaletteColor>> BmpPalette(std::string_view data) {
  if (BmpBitsPerPixel(data) != 8) return std::nullopt;
  const size_t at = 14 + LittleEndian32(data, 14);
  if (data.size() < at + 1024) return std::nullopt;
  std::vector<GoPaletteColor> palette;
  for (size_t i = 0; i < 256; ++i) {
    const std::string_view c = data.substr(at + 4 * i, 3);
    palette.push_back({static_cast<uint8_t>(c[2]), static_cast<uint8_t>(c[1]),
                       static_cast<uint8_t>(c[0]), 0xff, false});
  }
  return palette;
}

// Fills `image`'s indices from stb's colours: each colour maps to its first palette entry,
// which reads the same as the index in the file.
void IndexColors(const unsigned char* rgba, GoImage* image) {
  std::map<std::array<uint8_t, 4>, uint8_t> index;
  for (size_t i = image->palette.size(); i-- > 0;) {
    const GoPaletteColor& c = image->palette[i];
    index[{c.r, c.g, c.b, c.a}] = static_cast<uint8_t>(i);
  }
  for (size_t i = 0; i < image->pix.size(); ++i) {
    const unsigned char* p = rgba + i * kChannels;
    auto it = index.find({p[0], p[1], p[2], p[3]});
    image->pix[i] = it == index.end() ? 0 : it->second;
  }
}

// A 16-bit PNG: Go decodes it into a Gray16, RGBA64 (both opaque) or NRGBA64 image, which
// gift reads at full precision and writes its results from into an NRGBA image.
StatusOr<Source> Decode16(std::string_view data, const PngKind& png) {
  int w = 0, h = 0, n = 0;
  std::unique_ptr<stbi_us, void (*)(void*)> decoded(
      stbi_load_16_from_memory(reinterpret_cast<const unsigned char*>(data.data()),
                               static_cast<int>(data.size()), &w, &h, &n, kChannels),
      stbi_image_free);
  if (decoded == nullptr) {
    return InvalidArgumentError(std::string("failed to decode image: ") + stbi_failure_reason());
  }
  const bool opaque = !png.transparency && (png.color_type == 0 || png.color_type == 2);
  std::shared_ptr<const stbi_us> pixels(decoded.release(), stbi_image_free);
  auto read = [pixels, w, opaque](int y, GiftPixel* out) {
    constexpr float kQf16 = 1.0f / 65535;
    const stbi_us* p = pixels.get() + static_cast<size_t>(y) * w * kChannels;
    for (GiftPixel* px = out; px != out + w; ++px, p += kChannels) {
      *px = {p[0] * kQf16, p[1] * kQf16, p[2] * kQf16, opaque ? 1.0f : p[3] * kQf16};
    }
  };
  return Source{GiftRows(w, h, std::move(read)), GoPixelModel::kNrgba, {}};
}

StatusOr<Source> Decode(std::string_view data) {
  if (data.starts_with("\xff\xd8")) {
    // Go's decoder where it applies (kiln matches its pixels); stb for the rest.
    StatusOr<GoJpegImage> jpeg = DecodeGoJpeg(data);
    if (jpeg.ok()) {
      const GoPixelModel model = jpeg->components == 1 ? GoPixelModel::kGray : GoPixelModel::kNrgba;
      return Source{RowsOf(*std::move(jpeg)), model, {}};
    }
  }
  std::optional<PngKind> png = PngKindOf(data);
  if (png && png->depth == 16) return Decode16(data, *png);
  int w = 0, h = 0, n = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> decoded(
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(data.data()),
                            static_cast<int>(data.size()), &w, &h, &n, kChannels),
      stbi_image_free);
  if (decoded == nullptr) {
    return InvalidArgumentError(std::string("failed to decode image: ") + stbi_failure_reason());
  }
  const unsigned char* rgba = decoded.get();
  const size_t pixels = static_cast<size_t>(w) * h;
  // Go reads paletted PNGs, and 8-bit BMPs with their 256 opaque colours, into an
  // image.Paletted; hugo re-palettes PNG results from them.
  std::optional<std::vector<GoPaletteColor>> palette =
      png && png->color_type == 3 && !png->palette.empty() ? png->palette : BmpPalette(data);
  if (palette) {
    GoImage image{w, h, GoPixelModel::kPaletted, std::vector<uint8_t>(pixels), std::move(*palette)};
    IndexColors(rgba, &image);
    std::vector<GoPaletteColor> colors = image.palette;
    return Source{RowsOf(std::move(image)), GoPixelModel::kNrgba, std::move(colors)};
  }
  GoImage image{w, h, GoPixelModel::kNrgba, {}, {}};
  if (std::optional<int> bpp = BmpBitsPerPixel(data); bpp && *bpp == 24) {
    image.model = GoPixelModel::kRgba;
  }
  if (png && !png->transparency && png->color_type == 0) image.model = GoPixelModel::kGray;
  if (png && !png->transparency && png->color_type == 2) image.model = GoPixelModel::kRgba;
  if (image.model == GoPixelModel::kGray) {
    image.pix.resize(pixels);
    for (size_t i = 0; i < pixels; ++i) image.pix[i] = rgba[i * kChannels];
  } else {
    image.pix.assign(rgba, rgba + pixels * kChannels);
  }
  if (BmpBitsPerPixel(data) == 32 && LittleEndian32(data, 14) <= 40) {
    // Go reads alpha from a 32-bit BMP only with a header newer than BITMAPINFOHEADER.
    for (size_t i = 3; i < image.pix.size(); i += 4) image.pix[i] = 0xff;
  }
  const GoPixelModel model = image.model;
  return Source{RowsOf(std::move(image)), model, {}};
}

// `plane` processed as `c` asks; `original` (before any rotation, which is what hugo's smart
// crop analyses) is a `model` image.
GiftPlane Apply(const GiftRows& plane, const GiftRows& original, GoPixelModel model,
                const ImageConfig& c) {
  const GiftFilter filter = GiftFilterNamed(c.filter);
  switch (c.op) {
    case ImageOp::kResize: {
      const Dimensions out = ResizedSize(c, {plane.width, plane.height});
      return GiftResize(plane, out.width, out.height, filter);
    }
    case ImageOp::kFit: {
      Dimensions fit = GiftFitSize({plane.width, plane.height}, c.width, c.height);
      return GiftResize(plane, fit.width, fit.height, filter);
    }
    case ImageOp::kFill:
    case ImageOp::kCrop: {
      if (c.anchor != "smart") {
        return c.op == ImageOp::kFill ? GiftFill(plane, c.width, c.height, filter, c.anchor)
                                      : GiftCropToSize(plane, c.width, c.height, c.anchor);
      }
      // hugo crops to smartcrop's region, then resizes it (Fill) or cuts its centre (Crop).
      const CropRect r = SmartCropBounds(original, model, c.width, c.height, filter);
      const int x0 = std::min(r.x0, plane.width), y0 = std::min(r.y0, plane.height);
      const GiftRows cropped = GiftCrop(plane, x0, y0, std::min(r.x1, plane.width) - x0,
                                        std::min(r.y1, plane.height) - y0);
      const GiftRows region = ThroughNrgba64Rows(cropped);
      return c.op == ImageOp::kFill ? GiftResize(region, c.width, c.height, filter)
                                    : GiftCropToSize(region, c.width, c.height, "center");
    }
  }
  return ToGiftPlane(plane);
}

// "abc" as "aabbcc"; six digits as they are.
std::string ExpandedHex(const std::string& hex) {
  if (hex.size() != 3) return hex;
  return {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
}

// The result laid over an opaque background as hugo does for a result with transparency
// when a background colour is set or the format has no alpha: a fill with the colour, then
// Go's draw.Over of the (straight-alpha) result, into an RGBA image.
GoImage OverBackground(const GoImage& image, const std::string& hex) {
  const GoImage src = image.model == GoPixelModel::kNrgba
                          ? image
                          : FromGiftPlane(ToGiftPlane(RowsOf(image)), GoPixelModel::kNrgba);
  const unsigned long bg = std::stoul(ExpandedHex(hex), nullptr, 16);
  const uint32_t rgb[3] = {static_cast<uint32_t>(bg >> 16) & 0xff,
                           static_cast<uint32_t>(bg >> 8) & 0xff, static_cast<uint32_t>(bg) & 0xff};
  constexpr uint32_t kMax = 0xffff;
  GoImage out{src.width, src.height, GoPixelModel::kRgba, std::vector<uint8_t>(src.pix.size()), {}};
  for (size_t i = 0; i < src.pix.size(); i += 4) {
    const uint32_t sa = src.pix[i + 3] * 0x101u;
    const uint32_t a = (kMax - sa) * 0x101;
    for (int ch = 0; ch < 3; ++ch) {
      const uint32_t s = src.pix[i + ch] * sa / 0xff;
      out.pix[i + ch] = static_cast<uint8_t>((rgb[ch] * a / kMax + s) >> 8);
    }
    out.pix[i + 3] = static_cast<uint8_t>((0xffu * a / kMax + sa) >> 8);
  }
  return out;
}

}  // namespace

StatusOr<std::string> ProcessImage(std::string_view data, const ImageConfig& c) {
  if (c.rotate % 90 != 0) {
    return UnimplementedError("rotation by " + std::to_string(c.rotate) +
                              " degrees is not supported by kiln (only multiples of 90)");
  }
  ASSIGN_OR_RETURN(Source src, Decode(data));
  GiftPlane processed;
  if (int turns = ((c.rotate / 90) % 4 + 4) % 4; turns != 0) {
    // Rotation turns the whole image, so only then is the source held in floats entire.
    const GiftPlane rotated = ThroughNrgba64(GiftRotate(ToGiftPlane(src.rows), turns));
    processed = Apply(rotated, src.rows, src.model, c);
  } else {
    processed = Apply(src.rows, src.rows, src.model, c);
  }
  GoImage result = FromGiftPlane(processed, src.model);
  bool filled = false;
  if (!result.Opaque() && (!c.bg_color.empty() || c.format == ImageFormat::kJpeg)) {
    result = OverBackground(result, c.bg_color.empty() ? "ffffff" : c.bg_color);
    filled = true;
  }
  if (c.format == ImageFormat::kPng && !src.palette.empty()) {
    // hugo keeps a paletted source's palette, dithering the result into it.
    std::vector<GoPaletteColor> palette = std::move(src.palette);
    if (filled) {
      palette = WithBackground(std::move(palette), ExpandedHex(c.bg_color));
    }
    return EncodeGoPng(DitherToPalette(result, std::move(palette)));
  }
  if (c.format == ImageFormat::kPng) return EncodeGoPng(result);
  if (c.format == ImageFormat::kJpeg) return EncodeGoJpeg(result, c.quality);
  if (c.format == ImageFormat::kBmp) return EncodeGoBmp(result);
  return UnimplementedError("writing " + std::string(ImageFormatMediaType(c.format)) +
                            " images is not supported by kiln");
}

}  // namespace kiln::assets
