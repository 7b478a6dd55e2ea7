// EncodeGoBmp: a BMP file byte-identical to golang.org/x/image/bmp's encoder, which hugo
// writes BMP results with: 8-bit with a gray ramp for gray images, 24-bit bottom-up rows padded
// to four bytes for opaque ones, 32-bit BGRA otherwise. A pure function; thread-safe.
#ifndef KILN_ASSETS_BMP_WRITER_H_
#define KILN_ASSETS_BMP_WRITER_H_

#include <string>

#include "assets/png_writer.h"

namespace kiln::assets {

// `image` is gray, RGBA or NRGBA.
std::string EncodeGoBmp(const GoImage& image);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_BMP_WRITER_H_
