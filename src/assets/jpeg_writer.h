// EncodeGoJpeg: baseline JPEG encoding byte-identical to Go 1.19's image/jpeg, which hugo
// writes processed JPEGs with: its quality scaling of the standard tables, integer forward
// DCT, 4:2:0 chroma averaging, standard Huffman tables and marker layout. A pure function;
// thread-safe.
#ifndef KILN_ASSETS_JPEG_WRITER_H_
#define KILN_ASSETS_JPEG_WRITER_H_

#include <string>

#include "assets/png_writer.h"

namespace kiln::assets {

// `image` is gray (one component) or opaque RGBA/NRGBA (three, YCbCr 4:2:0); `quality` is
// clamped to 1..100 as Go does.
std::string EncodeGoJpeg(const GoImage& image, int quality);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_JPEG_WRITER_H_
