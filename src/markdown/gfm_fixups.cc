#include "markdown/gfm_fixups.h"

#include <algorithm>
#include <map>
#include <vector>

#include "markdown/block_scan.h"

namespace kiln::markdown {
namespace {

struct Line {
  std::string_view text;  // without its '\n'
  size_t start;           // offset in the source
};

std::vector<Line> SplitLines(std::string_view source) {
  std::vector<Line> lines;
  lines.reserve(source.size() / 32 + 1);  // lines of Markdown prose run longer, mostly
  size_t at = 0;
  while (at < source.size()) {
    size_t eol = source.find('\n', at);
    if (eol == std::string_view::npos) eol = source.size();
    lines.push_back(Line{source.substr(at, eol - at), at});
    at = eol + 1;
  }
  return lines;
}

size_t Indent(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

bool IsBlank(std::string_view line) { return Indent(line) == line.size(); }

// A fence opener or closer: up to three spaces, then three or more '`' or '~'.
bool FenceRun(std::string_view line, char* fence_char, size_t* length) {
  size_t i = Indent(line);
  if (i > 3 || i >= line.size() || (line[i] != '`' && line[i] != '~')) return false;
  size_t n = 0;
  while (i + n < line.size() && line[i + n] == line[i]) ++n;
  if (n < 3) return false;
  *fence_char = line[i];
  *length = n;
  return true;
}

// Follows fenced code blocks line by line.
class FenceTracker {
 public:
  // Whether `line` opens or closes a fence; call for every line in order.
  bool IsFence(std::string_view line) {
    char c;
    size_t len;
    if (!FenceRun(line, &c, &len)) return false;
    if (char_ == 0) {
      char_ = c;
      length_ = len;
    } else if (c == char_ && len >= length_) {
      char_ = 0;
    } else {
      return false;  // a shorter or other run inside the code
    }
    return true;
  }
  bool inside() const { return char_ != 0; }

 private:
  char char_ = 0;
  size_t length_ = 0;
};

// The cells of a table row as goldmark splits them: at every '|' not escaped by '\'.
size_t CellCount(std::string_view row) {
  size_t b = Indent(row);
  size_t e = row.size();
  while (e > b && (row[e - 1] == ' ' || row[e - 1] == '\t')) --e;
  row = row.substr(b, e - b);
  if (row.starts_with('|')) row.remove_prefix(1);
  if (row.ends_with('|') && !row.ends_with("\\|")) row.remove_suffix(1);
  size_t cells = 1;
  for (size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\') {
      ++i;
    } else if (row[i] == '|') {
      ++cells;
    }
  }
  return cells;
}

// A delimiter row, loosely: only '-', ':', '|' and spaces, with a '-' and a '|', indented
// less than four spaces. (The cell count check against the header does the rest.)
bool IsDelimiterRow(std::string_view line) {
  if (Indent(line) > 3 || line.find('-') == std::string_view::npos) return false;
  bool pipe = false;
  for (char c : line) {
    if (c == '|') {
      pipe = true;
    } else if (c != '-' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return pipe;
}

// Whether the line starts a block that cannot be a paragraph's continuation header.
bool StartsOtherBlock(std::string_view line) {
  size_t i = Indent(line);
  if (i >= line.size()) return true;
  char c = line[i];
  return c == '#' || c == '>' || c == '<' || i > 3;
}

// md4c 0.4.8 wants three dashes in each delimiter cell; goldmark one.
std::string WidenDashRuns(std::string_view row) {
  std::string out;
  for (size_t i = 0; i < row.size();) {
    if (row[i] != '-') {
      out.push_back(row[i++]);
      continue;
    }
    size_t n = 0;
    while (i + n < row.size() && row[i + n] == '-') ++n;
    out.append(std::max<size_t>(n, 3), '-');
    i += n;
  }
  return out;
}

bool HasUnescapedPipe(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '|') {
      return true;
    }
  }
  return false;
}

// Escapes the backticks of code spans that contain a '|' in a table row.
std::string EscapeCodeSpansWithPipes(std::string_view row, bool* changed) {
  std::string out;
  size_t i = 0;
  while (i < row.size()) {
    if (row[i] == '\\' && i + 1 < row.size()) {
      out.append(row.substr(i, 2));
      i += 2;
      continue;
    }
    if (row[i] != '`') {
      out.push_back(row[i++]);
      continue;
    }
    size_t n = 0;
    while (i + n < row.size() && row[i + n] == '`') ++n;
    // The closing run of the same length.
    size_t close = std::string_view::npos;
    for (size_t j = i + n; j < row.size();) {
      if (row[j] != '`') {
        ++j;
        continue;
      }
      size_t m = 0;
      while (j + m < row.size() && row[j + m] == '`') ++m;
      if (m == n) {
        close = j;
        break;
      }
      j += m;
    }
    if (close == std::string_view::npos || !HasUnescapedPipe(row.substr(i + n, close - i - n))) {
      size_t end = close == std::string_view::npos ? i + n : close + n;
      out.append(row.substr(i, end - i));
      i = end;
      continue;
    }
    *changed = true;
    for (size_t k = 0; k < n; ++k) out.append("\\`");
    out.append(row.substr(i + n, close - i - n));
    for (size_t k = 0; k < n; ++k) out.append("\\`");
    i = close + n;
  }
  return out;
}

// A list item's task marker followed directly by text or by the end of the line: the offset
// just past "]", else 0.
size_t TightTaskMarker(std::string_view line) {
  size_t i = Indent(line);
  if (i >= line.size()) return 0;
  if (line[i] == '-' || line[i] == '*' || line[i] == '+') {
    ++i;
  } else {
    size_t d = i;
    while (d < line.size() && d - i < 9 && line[d] >= '0' && line[d] <= '9') ++d;
    if (d == i || d >= line.size() || (line[d] != '.' && line[d] != ')')) return 0;
    i = d + 1;
  }
  size_t spaces = 0;
  while (i < line.size() && line[i] == ' ') ++i, ++spaces;
  if (spaces == 0 || spaces > 4 || i + 3 > line.size()) return 0;
  if (line[i] != '[' || line[i + 2] != ']') return 0;
  char mark = line[i + 1];
  if (mark != ' ' && mark != 'x' && mark != 'X') return 0;
  if (i + 3 == line.size()) return i + 3;  // an empty task
  char next = line[i + 3];
  return next == ' ' || next == '\t' ? 0 : i + 3;
}

bool IsListItemStart(std::string_view line) {
  size_t i = Indent(line);
  if (i + 1 >= line.size()) return false;
  if ((line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ') return true;
  size_t d = i;
  while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
  return d > i && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
}

// The block quote marks that start a line ("> ", " > > "): their length and how many.
size_t QuotePrefix(std::string_view line, int* depth) {
  size_t end = 0;
  *depth = 0;
  for (size_t i = 0;;) {
    size_t j = i;
    while (j < line.size() && j - i < 3 && line[j] == ' ') ++j;
    if (j >= line.size() || line[j] != '>') break;
    ++j;
    if (j < line.size() && line[j] == ' ') ++j;
    i = end = j;
    ++*depth;
  }
  return end;
}

// Paragraph text or its continuation, not the start of another block.
bool IsParagraphText(std::string_view text) {
  return !IsBlank(text) && !StartsOtherBlock(text) && !IsListItemStart(text) &&
         FenceChar(text) == 0;
}

// A header and delimiter row that start a table, their container's marks already removed.
bool StartsTable(std::string_view header, std::string_view delimiter) {
  return Indent(header) <= 3 && header.find('|') != std::string_view::npos &&
         IsDelimiterRow(delimiter) && !IsListItemStart(delimiter) &&
         CellCount(header) == CellCount(delimiter);
}

// New text for a few lines, by line number: edits are rare, so a map costs less than a slot
// per line.
using LineEdits = std::map<size_t, std::string>;

// A delimiter row, perhaps behind block quote marks or list indentation: a cheap test that
// rules out almost every line before the container checks walk back.
bool MayBeContainedDelimiterRow(std::string_view line) {
  bool dash = false, pipe = false;
  for (char c : line) {
    if (c == '-') {
      dash = true;
    } else if (c == '|') {
      pipe = true;
    } else if (c != ' ' && c != '\t' && c != ':' && c != '>') {
      return false;
    }
  }
  return dash && pipe;
}

// Table rows in the source, with the line to insert before the header (md4c starts a table only
// at a paragraph's first line; goldmark turns the paragraph's last lines into one).
class TableRewrite {
 public:
  TableRewrite(const std::vector<Line>& lines, LineEdits* insert, LineEdits* replaced)
      : lines_(lines), insert_(insert), replaced_(replaced) {}

  // A table whose header (line n-1) follows paragraph text in a block quote: a quote line
  // without text goes between, as a blank line does at the top level. Returns whether it did.
  bool InQuote(size_t n) {
    int depths[3];
    size_t prefix[3];
    for (int k = 0; k < 3; ++k) prefix[k] = QuotePrefix(lines_[n - 2 + k].text, &depths[k]);
    if (depths[0] == 0 || depths[0] != depths[1] || depths[1] != depths[2]) return false;
    std::string_view before = lines_[n - 2].text.substr(prefix[0]);
    std::string_view header = lines_[n - 1].text.substr(prefix[1]);
    std::string_view delimiter = lines_[n].text.substr(prefix[2]);
    if (!IsParagraphText(before) || !StartsTable(header, delimiter)) return false;
    std::string_view marks = lines_[n - 2].text.substr(0, prefix[0]);
    while (!marks.empty() && marks.back() == ' ') marks.remove_suffix(1);
    (*insert_)[n - 1] = std::string(marks);
    Widen(n, std::string(lines_[n].text));
    return true;
  }

  // A table whose header (line n-1) follows paragraph text in a list item, indented or lazy:
  // an HTML comment line (kTableSeparator, which the renderer drops) ends the paragraph
  // without loosening the list, and the table's lazy lines are indented into the item.
  // Returns the table's last line, or 0 when there is no such table.
  size_t InListItem(size_t n) {
    size_t item = n - 2;
    while (item > 0 && ListItemContentColumn(lines_[item].text) == 0) {
      if (!IsParagraphText(lines_[item].text)) return 0;
      --item;
    }
    const size_t column = ListItemContentColumn(lines_[item].text);
    if (column == 0) return 0;
    std::string_view first = lines_[item].text.substr(column);
    if (!IsParagraphText(first) && !first.empty()) return 0;
    std::string_view header = lines_[n - 1].text;
    std::string_view delimiter = lines_[n].text;
    if (Indent(header) < column && !IsParagraphText(header)) return 0;
    if (!StartsTable(Dedent(header, column), Dedent(delimiter, column))) return 0;
    (*insert_)[n - 1] = std::string(column, ' ') + std::string(kTableSeparator);
    size_t last = n - 1;
    for (size_t j = n - 1; j < lines_.size(); ++j) {
      std::string_view row = lines_[j].text;
      if (IsBlank(row) || (j > n && Indent(row) < column && !IsParagraphText(row))) break;
      std::string indented = Indent(row) < column
                                 ? std::string(column, ' ') + std::string(row.substr(Indent(row)))
                                 : std::string(row);
      if (j == n) {
        Widen(n, std::move(indented));
      } else {
        bool fixed = false;
        std::string escaped = EscapeCodeSpansWithPipes(indented, &fixed);
        if (fixed || indented != row) (*replaced_)[j] = std::move(escaped);
      }
      last = j;
    }
    return last;
  }

 private:
  static std::string_view Dedent(std::string_view line, size_t column) {
    return line.substr(std::min(Indent(line), column));
  }

  // md4c wants three dashes in each delimiter cell.
  void Widen(size_t n, std::string delimiter) {
    std::string widened = WidenDashRuns(delimiter);
    if (widened != lines_[n].text) (*replaced_)[n] = std::move(widened);
  }

  const std::vector<Line>& lines_;
  LineEdits* insert_;
  LineEdits* replaced_;
};

}  // namespace

std::optional<std::string> ApplyGfmFixups(std::string_view source, bool tables, bool task_lists) {
  if (!tables && !task_lists) return std::nullopt;
  const std::vector<Line> lines = SplitLines(source);
  LineEdits insert;  // a line to insert before
  LineEdits replaced;
  TableRewrite contained(lines, &insert, &replaced);
  bool changed = false;
  FenceTracker fences;
  bool in_table = false;  // between a table's delimiter row and its end
  for (size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = lines[n].text;
    if (fences.IsFence(line)) {
      in_table = false;
      continue;
    }
    if (fences.inside()) continue;
    if (IsBlank(line)) {
      in_table = false;
      continue;
    }
    if (tables && !in_table && n >= 2 && MayBeContainedDelimiterRow(line)) {
      if (contained.InQuote(n)) {
        in_table = changed = true;
        continue;
      }
      if (size_t last = contained.InListItem(n); last != 0) {
        changed = true;
        n = last;
        continue;
      }
    }
    if (tables && !in_table && n > 0 && IsDelimiterRow(line) && !IsListItemStart(line)) {
      std::string_view header = lines[n - 1].text;
      if (Indent(header) == 0 && !IsBlank(header) && !StartsOtherBlock(header) &&
          !IsListItemStart(header) && header.find('|') != std::string_view::npos &&
          CellCount(header) == CellCount(line)) {
        in_table = true;
        std::string_view before = n >= 2 ? lines[n - 2].text : std::string_view();
        if (n >= 2 && !IsBlank(before) && Indent(before) == 0 && !StartsOtherBlock(before) &&
            !IsListItemStart(before)) {
          insert[n - 1] = std::string();
          changed = true;
        }
        if (std::string d = WidenDashRuns(line); d != line) {
          replaced[n] = std::move(d);
          changed = true;
        }
        bool fixed = false;
        std::string h = EscapeCodeSpansWithPipes(header, &fixed);
        if (fixed) {
          replaced[n - 1] = std::move(h);
          changed = true;
        }
        continue;
      }
    }
    if (in_table && line.find('`') != std::string_view::npos) {
      bool fixed = false;
      std::string row = EscapeCodeSpansWithPipes(line, &fixed);
      if (fixed) {
        replaced[n] = std::move(row);
        changed = true;
      }
      continue;
    }
    if (task_lists) {
      if (size_t at = TightTaskMarker(line); at != 0) {
        replaced[n] = std::string(line.substr(0, at)) + " " + std::string(line.substr(at));
        changed = true;
      }
    }
  }
  if (!changed) return std::nullopt;
  std::string out;
  out.reserve(source.size() + 64);
  for (size_t n = 0; n < lines.size(); ++n) {
    if (auto it = insert.find(n); it != insert.end()) out.append(it->second).push_back('\n');
    auto it = replaced.find(n);
    out.append(it != replaced.end() ? std::string_view(it->second) : lines[n].text);
    if (lines[n].start + lines[n].text.size() < source.size()) out.push_back('\n');
  }
  return out;
}

}  // namespace kiln::markdown

namespace kiln::markdown {

std::optional<BlockAttributeLines> ExtractBlockAttributes(std::string_view source) {
  if (source.find("\n{") == std::string_view::npos && !source.starts_with('{')) {
    return std::nullopt;
  }
  const std::vector<Line> lines = SplitLines(source);
  BlockAttributeLines out;
  bool changed = false;
  FenceTracker fences;
  bool after_fence = false;
  for (size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = lines[n].text;
    const bool last = lines[n].start + line.size() >= source.size();
    const bool fence = fences.IsFence(line);
    HeadingAttributes attrs;
    size_t start = 0;
    std::string_view trimmed = line;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) {
      trimmed.remove_suffix(1);
    }
    if (!fence && !fences.inside() && trimmed.starts_with('{') &&
        ParseTrailingHeadingAttributes(trimmed, &attrs, &start) && start == 0) {
      changed = true;
      if (n > 0 && !IsBlank(lines[n - 1].text) && !after_fence && !out.source.empty()) {
        // The previous line's '\n' is the last byte written.
        size_t at = out.source.back() == '\n' ? out.source.size() - 1 : out.source.size();
        out.attributes[at] = std::move(attrs);
      }
      continue;
    }
    after_fence = fence && !fences.inside();
    out.source.append(line);
    if (!last) out.source.push_back('\n');
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace kiln::markdown
