#include "markdown/block_scan.h"

#include <algorithm>

namespace kiln::markdown {

bool IsBlankLine(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

size_t IndentColumns(std::string_view line, size_t* bytes) {
  size_t cols = 0, i = 0;
  for (; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i) {
    cols = line[i] == '\t' ? (cols + 4) / 4 * 4 : cols + 1;
  }
  *bytes = i;
  return cols;
}

std::string RemoveIndent(std::string_view line, size_t columns) {
  size_t cols = 0, i = 0;
  while (cols < columns && i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
    cols = line[i] == '\t' ? (cols + 4) / 4 * 4 : cols + 1;
    ++i;
  }
  std::string out(cols > columns ? cols - columns : 0, ' ');
  out.append(line.substr(i));
  return out;
}

// The content column of a list item's first line ("- ", "1. "), or 0 if it is not one.
size_t ListItemContentColumn(std::string_view line) {
  size_t bytes = 0;
  const size_t indent = IndentColumns(line, &bytes);
  if (indent > 3 || bytes >= line.size()) return 0;
  size_t i = bytes;
  if (line[i] == '-' || line[i] == '*' || line[i] == '+') {
    ++i;
  } else {
    while (i < line.size() && i - bytes < 9 && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == bytes || i >= line.size() || (line[i] != '.' && line[i] != ')')) return 0;
    ++i;
  }
  size_t spaces = 0;
  while (i + spaces < line.size() && line[i + spaces] == ' ') ++spaces;
  if (spaces == 0 || i + spaces == line.size()) return 0;
  return indent + (i - bytes) + (spaces > 4 ? 1 : spaces);
}

char FenceChar(std::string_view line) {
  size_t bytes = 0;
  if (IndentColumns(line, &bytes) > 3) return 0;
  std::string_view t = line.substr(bytes);
  if (t.size() >= 3 && (t[0] == '`' || t[0] == '~') && t[1] == t[0] && t[2] == t[0]) return t[0];
  return 0;
}

bool StartsBlock(std::string_view line) {
  size_t bytes = 0;
  IndentColumns(line, &bytes);
  std::string_view t = line.substr(bytes);
  if (t.empty()) return true;
  char c = t[0];
  if (c == '#' || c == '>' || c == '|' || FenceChar(line) != 0 || t.substr(0, 2) == "[^") {
    return true;
  }
  if ((c == '-' || c == '*' || c == '+' || c == '=') &&
      (t.size() == 1 || t[1] == ' ' || t[1] == '\t' || t[1] == c)) {
    return true;
  }
  size_t d = 0;
  while (d < t.size() && d < 9 && t[d] >= '0' && t[d] <= '9') ++d;
  return d > 0 && d < t.size() && (t[d] == '.' || t[d] == ')');
}

}  // namespace kiln::markdown
