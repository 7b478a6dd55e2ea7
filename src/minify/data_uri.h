// Data URI shortening as hugo's minifier does inside CSS url() and SVG attributes: decode the
// payload, minify it when its media type has a minifier, and re-encode it with base64 or percent
// escapes, whichever is shorter (or keep the original if that is shorter still).
//
// Pure function; thread-safe.
#ifndef KILN_MINIFY_DATA_URI_H_
#define KILN_MINIFY_DATA_URI_H_

#include <string>
#include <string_view>

namespace kiln::minify {

// `uri` starts with "data:"; anything that does not parse comes back unchanged.
std::string MinifyDataUri(std::string_view uri);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_DATA_URI_H_
