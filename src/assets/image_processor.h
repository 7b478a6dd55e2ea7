// ProcessImage: decodes an image, rotates, crops and resamples it as an ImageConfig asks
// and encodes the result, reproducing hugo's bytes: JPEGs decode as Go's image/jpeg does
// (PNG, BMP and GIF through stb, read as Go's types hold them), resampling follows gift's
// arithmetic, the smart anchor crops where smartcrop does, a result with transparency is laid
// over the background colour as hugo does, and PNG, JPEG and BMP results are encoded as Go's
// encoders do (a paletted source's PNG results dithered into its palette). GIF, TIFF and WebP
// results are not written. A pure function; thread-safe.
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
