// ImageSize: an image's pixel dimensions read from its header (PNG, GIF, JPEG, WebP, BMP),
// as hugo's `.Width` and `.Height` report them, without decoding the pixels. A pure
// function; thread-safe.
#ifndef KILN_ASSETS_IMAGE_SIZE_H_
#define KILN_ASSETS_IMAGE_SIZE_H_

#include <optional>
#include <string_view>

namespace kiln::assets {

struct Dimensions {
  int width = 0;
  int height = 0;
};

// The dimensions, or nullopt when `data` is not an image of a known format or its header
// is cut short.
std::optional<Dimensions> ImageSize(std::string_view data);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_IMAGE_SIZE_H_
