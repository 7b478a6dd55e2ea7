// Re-paletting as hugo does for PNG results of paletted PNG sources: the source's palette
// (with the background colour added when the result was laid over one) and Go's
// draw.FloydSteinberg error diffusion into it, in Go's 16-bit integer arithmetic. Pure
// functions; thread-safe.
#ifndef KILN_ASSETS_PALETTE_DITHER_H_
#define KILN_ASSETS_PALETTE_DITHER_H_

#include <string_view>
#include <vector>

#include "assets/png_writer.h"

namespace kiln::assets {

// The palette after hugo adds the background colour `hex` ("rrggbb") to it: put first unless
// an opaque entry already equals it, or, in a full palette, put in place of the nearest entry.
std::vector<GoPaletteColor> WithBackground(std::vector<GoPaletteColor> palette,
                                           std::string_view hex);

// `image` (NRGBA or RGBA) as a kPaletted image over `palette`, dithered as Go dithers.
GoImage DitherToPalette(const GoImage& image, std::vector<GoPaletteColor> palette);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_PALETTE_DITHER_H_
