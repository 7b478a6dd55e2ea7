// Path data shortening for SVG's d attribute as tdewolff/minify 2.12.4 does it: commands and
// separators dropped where the grammar allows, each segment written in absolute or relative
// form (whichever is shorter), lines turned into H/V, curves into their shorthand (S, T) or
// into lines when degenerate, numbers in their shortest spelling.
//
// A PathShortener carries no state between calls that matters; not thread-safe (reuse one
// per minification). The result mirrors upstream's in-place rewriting byte for byte.
#ifndef KILN_MINIFY_SVG_PATH_H_
#define KILN_MINIFY_SVG_PATH_H_

#include <string>
#include <vector>

namespace kiln::minify {

// The shortened path. Upstream rewrites the path inside its input buffer as it goes; *path is
// left holding those bytes (same length), which matter only to error messages quoting it.
std::string ShortenSvgPath(std::string* path);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_SVG_PATH_H_
