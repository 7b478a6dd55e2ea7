// Extracts the URLs a stylesheet loads: `url(...)` and `@import "..."`. No CSS parser
// that fits is packaged in Debian (the ones there are whole browser engines or Python),
// and references are all `kiln check` needs, so this is a small scanner that knows
// comments, strings and escapes well enough not to see URLs inside them.
//
// Stateless; thread-safe.
#ifndef KILN_CHECK_CSS_SCANNER_H_
#define KILN_CHECK_CSS_SCANNER_H_

#include <string_view>
#include <vector>

#include "check/file_facts.h"

namespace kiln::check {

// Appends one kWeighed Reference per url()/@import in `css`. `line` and `column` are the
// position of the first byte of `css` in its file, so inline styles report file positions.
void ScanCss(std::string_view css, int line, int column, std::vector<Reference>* refs);

}  // namespace kiln::check

#endif  // KILN_CHECK_CSS_SCANNER_H_
