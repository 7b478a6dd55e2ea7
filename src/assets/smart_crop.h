// SmartCropBounds: the region hugo's "smart" anchor crops to, found as
// github.com/muesli/smartcrop 0.3.0 finds it through hugo's resizer: the image reduced with
// gift (to at most 400 pixels on its short side), edge, skin and saturation maps, and every
// candidate window scored in float64 in the library's order. A pure function; thread-safe.
#ifndef KILN_ASSETS_SMART_CROP_H_
#define KILN_ASSETS_SMART_CROP_H_

#include "assets/gift_resample.h"

namespace kiln::assets {

struct CropRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int Width() const { return x1 - x0; }
  int Height() const { return y1 - y0; }
};

// The best `width`×`height`-shaped region of `src` (an image whose Go type is `model`),
// clipped to the image; `filter` is the spec's resampling filter, which hugo's resizer uses.
CropRect SmartCropBounds(const GiftRows& src, GoPixelModel model, int width, int height,
                         const GiftFilter& filter);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_SMART_CROP_H_
