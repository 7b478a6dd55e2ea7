// ProcessImage: decodes an image, rotates, crops and resamples it as an ImageConfig asks
// and encodes the result (PNG, JPEG or BMP) through the stb libraries. The dimensions
// follow hugo's exactly (ProcessedSize); the pixels are stb's, not Go's resampler's. A
// pure function; thread-safe.
#ifndef KILN_ASSETS_IMAGE_PROCESSOR_H_
#define KILN_ASSETS_IMAGE_PROCESSOR_H_

#include <string>
#include <string_view>

#include "assets/image_config.h"
#include "base/status.h"

namespace kiln::assets {

// The encoded result. Errors: an undecodable source, a rotation that is not a multiple of
// 90 degrees, or a target format kiln cannot write (GIF, TIFF, WebP) are kUnimplemented or
// kInvalidArgument with a message naming the cause.
StatusOr<std::string> ProcessImage(std::string_view data, const ImageConfig& config);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_IMAGE_PROCESSOR_H_
