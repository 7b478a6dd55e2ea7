// Maps byte offsets in a source text to SourceLocations (line, column, the line's text)
// for error messages. Columns count bytes from 1, as Go's and Hugo's messages do.
#ifndef KILN_BASE_SOURCE_TEXT_H_
#define KILN_BASE_SOURCE_TEXT_H_

#include <string_view>

#include "base/status.h"

namespace kiln {

// `text` is the whole file; `offset` is clamped to its size. `line_offset` is added to the
// line number, for texts that are a slice of a larger file (front matter after `---`).
SourceLocation LocateOffset(std::string_view file, std::string_view text, size_t offset,
                            int line_offset = 0);

// The location of a known line and column, filling in that line's text.
SourceLocation LocateLine(std::string_view file, std::string_view text, int line, int column);

}  // namespace kiln

#endif  // KILN_BASE_SOURCE_TEXT_H_
