#include "base/source_text.h"

#include <algorithm>
#include <string>

namespace kiln {

namespace {
std::string_view LineAt(std::string_view text, size_t line_start) {
  size_t end = text.find('\n', line_start);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(line_start, end - line_start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}
}  // namespace

SourceLocation LocateOffset(std::string_view file, std::string_view text, size_t offset,
                            int line_offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return SourceLocation{std::string(file), line + line_offset,
                        static_cast<int>(offset - line_start) + 1,
                        std::string(LineAt(text, line_start))};
}

SourceLocation LocateLine(std::string_view file, std::string_view text, int line, int column) {
  size_t line_start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = text.find('\n', line_start);
    if (nl == std::string_view::npos) {
      line_start = text.size();
      break;
    }
    line_start = nl + 1;
  }
  return SourceLocation{std::string(file), line, column, std::string(LineAt(text, line_start))};
}

}  // namespace kiln
