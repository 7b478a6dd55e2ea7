// ImageConfig: what one image-processing call (`.Resize "600x q80 png"`, `.Fill`, `.Fit`,
// `.Crop`) asks for, parsed from its spec string and completed with the site's `[imaging]`
// defaults as hugo 0.111 does; the key hugo puts into the processed file's name; and the
// dimensions of the result, rounded as hugo rounds them. Plain values and pure functions;
// thread-safe.
#ifndef KILN_ASSETS_IMAGE_CONFIG_H_
#define KILN_ASSETS_IMAGE_CONFIG_H_

#include <string>
#include <string_view>

#include "assets/image_size.h"
#include "base/status.h"
#include "value/value.h"

namespace kiln::assets {

enum class ImageOp { kResize, kFit, kFill, kCrop };
enum class ImageFormat { kUnknown, kJpeg, kPng, kGif, kTiff, kBmp, kWebp };

// "Resize", "Fit", "Fill" or "Crop"; nullopt for anything else.
std::optional<ImageOp> ImageOpFromName(std::string_view name);
// "jpg"/"jpeg", "png", "gif", "tif"/"tiff", "bmp", "webp" (any case, without the dot).
ImageFormat ImageFormatFromExt(std::string_view ext);
// The extension hugo gives a processed file of `format`, with the dot: ".jpg".
std::string_view ImageFormatExt(ImageFormat format);
std::string_view ImageFormatMediaType(ImageFormat format);

// The `[imaging]` section, lower-cased as hugo uses it in keys.
struct ImagingDefaults {
  int quality = 75;
  std::string filter = "box";
  std::string anchor = "smart";
  std::string bg_color = "ffffff";  // without the '#'
};

// Reads `[imaging]` (a map, or null for the defaults); a bad value is an error naming it.
StatusOr<ImagingDefaults> ParseImagingDefaults(const Value& imaging);

struct ImageConfig {
  ImageOp op = ImageOp::kResize;
  int width = 0;  // 0: follows the other dimension (Resize only)
  int height = 0;
  std::string filter;  // "box", "lanczos", …
  std::string anchor;  // "smart", "center", "topleft", …
  int quality = 75;
  bool quality_set = false;  // the spec named a quality
  int rotate = 0;            // degrees counter-clockwise, as written
  std::string bg_color;      // "" unless set or needed by a format without transparency
  ImageFormat format = ImageFormat::kUnknown;  // of the result
  ImageFormat source = ImageFormat::kUnknown;
};

// Parses `spec` for `op` on an image of `source` format. Unknown words are ignored, as
// hugo ignores them; errors use hugo's wording ("must provide Width and Height").
StatusOr<ImageConfig> ParseImageSpec(ImageOp op, std::string_view spec, ImageFormat source,
                                     const ImagingDefaults& defaults);

// "600x0_resize_q75_bgffffff_box_3" (for a PNG source): the part of the processed file's name that
// names the processing.
std::string ImageKey(const ImageConfig& config);

// The size Resize makes an image of `source` pixels (after any rotation): the asked width and
// height, a zero one following the aspect ratio.
Dimensions ResizedSize(const ImageConfig& config, Dimensions source);

// "_hu<FastMd5>_<byte size>": what names every image processed from the original `data`,
// however many steps away.
std::string ImageId(std::string_view data);

// The file name hugo publishes the result under: `stem_hu<hash>_<size>_<key><ext>`, with
// `id` from ImageId of the original; when stem, id and extension are long the key becomes an
// md5 and the stem stops before a processed source's "_hu" (or is dropped); a processed
// source's stem, which carries the id, is not given it again.
std::string ProcessedImageName(std::string_view source_name, std::string_view id,
                               const ImageConfig& config);

// Hugo's quick file hash: md5 over the first 64 bytes and then seven times the 64 bytes at
// offset 2048 (a short read repeating the previous buffer's tail, and ending the hash).
std::string FastMd5(std::string_view data);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_IMAGE_CONFIG_H_
