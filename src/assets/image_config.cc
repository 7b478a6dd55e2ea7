#include "assets/image_config.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "assets/digest.h"
#include "base/strings.h"

namespace kiln::assets {
namespace {

// Hugo's resampling filters and crop anchors, in the lower case its keys use.
constexpr std::string_view kFilters[] = {"nearestneighbor",   "box",        "linear",  "hermite",
                                         "mitchellnetravali", "catmullrom", "bspline", "gaussian",
                                         "lanczos",           "hann",       "hamming", "blackman",
                                         "bartlett",          "welch",      "cosine"};
constexpr std::string_view kAnchors[] = {"smart", "center", "topleft",    "top",    "topright",
                                         "left",  "right",  "bottomleft", "bottom", "bottomright"};

// Hugo ends a key with a version of its decoder for some source formats: "_3" for PNG
// sources, "_1" for GIF ones, nothing for JPEG or BMP. The smart anchor is "smart1".
std::string_view FormatVersionSuffix(ImageFormat source) {
  if (source == ImageFormat::kPng) return "_3";
  if (source == ImageFormat::kGif) return "_1";
  return "";
}

template <size_t N>
bool OneOf(const std::string_view (&set)[N], std::string_view word) {
  return std::find(std::begin(set), std::end(set), word) != std::end(set);
}

// A decimal integer (with an optional minus sign) spanning all of `s`.
std::optional<int> Int(std::string_view s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

bool IsHexColor(std::string_view hex) {
  if (hex.size() != 3 && hex.size() != 6) return false;
  return std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(c) != 0; });
}

// Go's int(math.Max(1, math.Floor(x + 0.5))), as the resampler rounds a derived side.
int RoundSide(double x) { return std::max(1, static_cast<int>(std::floor(x + 0.5))); }

}  // namespace

std::optional<ImageOp> ImageOpFromName(std::string_view name) {
  if (name == "Resize") return ImageOp::kResize;
  if (name == "Fit") return ImageOp::kFit;
  if (name == "Fill") return ImageOp::kFill;
  if (name == "Crop") return ImageOp::kCrop;
  return std::nullopt;
}

ImageFormat ImageFormatFromExt(std::string_view ext) {
  std::string e = AsciiLower(ext);
  if (e == "jpg" || e == "jpeg") return ImageFormat::kJpeg;
  if (e == "png") return ImageFormat::kPng;
  if (e == "gif") return ImageFormat::kGif;
  if (e == "tif" || e == "tiff") return ImageFormat::kTiff;
  if (e == "bmp") return ImageFormat::kBmp;
  if (e == "webp") return ImageFormat::kWebp;
  return ImageFormat::kUnknown;
}

std::string_view ImageFormatExt(ImageFormat format) {
  switch (format) {
    case ImageFormat::kJpeg:
      return ".jpg";
    case ImageFormat::kPng:
      return ".png";
    case ImageFormat::kGif:
      return ".gif";
    case ImageFormat::kTiff:
      return ".tif";
    case ImageFormat::kBmp:
      return ".bmp";
    case ImageFormat::kWebp:
      return ".webp";
    case ImageFormat::kUnknown:
      break;
  }
  return "";
}

std::string_view ImageFormatMediaType(ImageFormat format) {
  switch (format) {
    case ImageFormat::kJpeg:
      return "image/jpeg";
    case ImageFormat::kPng:
      return "image/png";
    case ImageFormat::kGif:
      return "image/gif";
    case ImageFormat::kTiff:
      return "image/tiff";
    case ImageFormat::kBmp:
      return "image/bmp";
    case ImageFormat::kWebp:
      return "image/webp";
    case ImageFormat::kUnknown:
      break;
  }
  return "";
}

StatusOr<ImagingDefaults> ParseImagingDefaults(const Value& imaging) {
  ImagingDefaults d;
  if (imaging.kind() != ValueKind::kMap) return d;
  if (const Value* q = imaging.Find("quality"); q != nullptr) {
    if (q->kind() != ValueKind::kInt || q->AsInt() < 1 || q->AsInt() > 100) {
      return InvalidArgumentError("imaging.quality: quality ranges from 1 to 100 inclusive");
    }
    d.quality = static_cast<int>(q->AsInt());
  }
  auto word = [&](std::string_view key, std::string* out, auto valid) -> Status {
    const Value* v = imaging.Find(key);
    if (v == nullptr) return Status::Ok();
    std::string w = v->is_string() ? AsciiLower(v->AsString()) : "";
    if (!valid(w)) return InvalidArgumentError("imaging." + std::string(key) + ": invalid value");
    *out = std::move(w);
    return Status::Ok();
  };
  RETURN_IF_ERROR(
      word("resamplefilter", &d.filter, [](std::string_view w) { return OneOf(kFilters, w); }));
  RETURN_IF_ERROR(word("anchor", &d.anchor, [](std::string_view w) { return OneOf(kAnchors, w); }));
  RETURN_IF_ERROR(word("bgcolor", &d.bg_color, [](std::string_view w) {
    return w.starts_with('#') && IsHexColor(w.substr(1));
  }));
  if (d.bg_color.starts_with('#')) d.bg_color.erase(0, 1);
  return d;
}

StatusOr<ImageConfig> ParseImageSpec(ImageOp op, std::string_view spec, ImageFormat source,
                                     const ImagingDefaults& defaults) {
  ImageConfig c;
  c.op = op;
  c.quality = defaults.quality;
  c.format = source;
  c.source = source;
  for (std::string_view raw : Split(spec, ' ')) {
    std::string part = AsciiLower(TrimSpace(raw));
    if (part.empty()) continue;
    if (OneOf(kAnchors, part)) {
      c.anchor = part;
    } else if (OneOf(kFilters, part)) {
      c.filter = part;
    } else if (part[0] == '#') {
      if (!IsHexColor(part.substr(1))) return InvalidArgumentError("invalid color " + part);
      c.bg_color = part.substr(1);
    } else if (part[0] == 'q' && Int(part.substr(1))) {
      c.quality = *Int(part.substr(1));
      if (c.quality < 1 || c.quality > 100) {
        return InvalidArgumentError("quality ranges from 1 to 100 inclusive");
      }
      c.quality_set = true;
    } else if (part[0] == 'r' && Int(part.substr(1))) {
      c.rotate = *Int(part.substr(1));
    } else if (ImageFormat f = ImageFormatFromExt(part); f != ImageFormat::kUnknown) {
      c.format = f;
    } else if (size_t x = part.find('x'); x != std::string::npos) {
      std::string_view w = std::string_view(part).substr(0, x);
      std::string_view h = std::string_view(part).substr(x + 1);
      if ((!w.empty() && !Int(w)) || (!h.empty() && !Int(h))) {
        return InvalidArgumentError("invalid image dimensions");
      }
      c.width = w.empty() ? 0 : *Int(w);
      c.height = h.empty() ? 0 : *Int(h);
    }
  }
  if (op == ImageOp::kResize && c.width <= 0 && c.height <= 0) {
    return InvalidArgumentError("must provide Width or Height");
  }
  if (op != ImageOp::kResize && (c.width <= 0 || c.height <= 0)) {
    return InvalidArgumentError("must provide Width and Height");
  }
  if (c.filter.empty()) c.filter = defaults.filter;
  if (c.anchor.empty()) c.anchor = defaults.anchor;
  // The site's background fills transparency lost converting to JPEG (the one format
  // without it), so it is not used for a JPEG source.
  if (c.bg_color.empty() && c.format == ImageFormat::kJpeg && source != ImageFormat::kJpeg) {
    c.bg_color = defaults.bg_color;
  }
  return c;
}

std::string ImageKey(const ImageConfig& c) {
  static constexpr std::string_view kOps[] = {"resize", "fit", "fill", "crop"};
  std::string k = std::to_string(c.width) + "x" + std::to_string(c.height) + "_" +
                  std::string(kOps[static_cast<int>(c.op)]);
  if (c.quality_set || c.format == ImageFormat::kJpeg || c.format == ImageFormat::kWebp) {
    k += "_q" + std::to_string(c.quality);
  }
  if (c.rotate != 0) k += "_r" + std::to_string(c.rotate);
  if (!c.bg_color.empty()) k += "_bg" + c.bg_color;
  if (c.format == ImageFormat::kWebp) k += "_h2";  // the default hint, "photo"
  k += "_" + c.filter;
  if (c.op == ImageOp::kFill || c.op == ImageOp::kCrop) {
    k += "_" + (c.anchor == "smart" ? std::string("smart1") : c.anchor);
  }
  return k + std::string(FormatVersionSuffix(c.source));
}

Dimensions ResizedSize(const ImageConfig& c, Dimensions src) {
  const double sw = src.width, sh = src.height;
  if (c.width == 0) return {RoundSide(c.height * sw / sh), c.height};
  if (c.height == 0) return {c.width, RoundSide(c.width * sh / sw)};
  return {c.width, c.height};
}

std::string FastMd5(std::string_view data) {
  constexpr size_t kPeek = 64, kSeek = 2048, kChunks = 8;
  std::string hashed, buffer(kPeek, '\0');
  for (size_t i = 0; i < kChunks; ++i) {
    size_t at = i == 0 ? 0 : kSeek;
    std::string_view chunk = at < data.size() ? data.substr(at, kPeek) : std::string_view();
    buffer.replace(0, chunk.size(), chunk);
    hashed += buffer;
    if (chunk.size() < kPeek) break;
  }
  return ComputeDigest(DigestAlgorithm::kMd5, hashed).hex;
}

std::string ImageId(std::string_view data) {
  return "_hu" + FastMd5(data) + "_" + std::to_string(data.size());
}

std::string ProcessedImageName(std::string_view source_name, std::string_view id,
                               const ImageConfig& config) {
  size_t slash = source_name.rfind('/');
  std::string dir(slash == std::string_view::npos ? "" : source_name.substr(0, slash + 1));
  std::string_view file = source_name.substr(dir.size());
  size_t dot = file.rfind('.');
  std::string stem(file.substr(0, dot));
  std::string ext(dot == std::string_view::npos ? "" : file.substr(dot));
  if (ImageFormatFromExt(ext.empty() ? "" : ext.substr(1)) != config.format) {
    ext = ImageFormatExt(config.format);
  }
  std::string key = ImageKey(config);
  // Long names (the key aside) carry an md5 of the key instead, so names stay within what
  // systems allow, and keep only the part of the stem before a processed source's "_hu" (none
  // of an original's long stem).
  constexpr size_t kMd5Threshold = 100;
  if (stem.size() + id.size() + ext.size() > kMd5Threshold) {
    key = ComputeDigest(DigestAlgorithm::kMd5, stem + key + ext).hex;
    size_t hu = stem.find("_hu");
    stem.resize(hu == std::string::npos ? 0 : hu);
    return dir + stem + std::string(id) + "_" + key + ext;
  }
  // A processed source's stem already carries the id.
  if (stem.find(id) != std::string::npos) return dir + stem + "_" + key + ext;
  return dir + stem + std::string(id) + "_" + key + ext;
}

}  // namespace kiln::assets
