// Line-level facts about Markdown block structure, for the passes that find footnote
// definitions and definition lists before md4c parses the rest. Pure functions.
#ifndef KILN_MARKDOWN_BLOCK_SCAN_H_
#define KILN_MARKDOWN_BLOCK_SCAN_H_

#include <string>
#include <string_view>

namespace kiln::markdown {

bool IsBlankLine(std::string_view line);
// Columns of leading indentation (tabs to the next multiple of 4); *bytes gets their length.
size_t IndentColumns(std::string_view line, size_t* bytes);
// line without `columns` columns of indentation (a partly used tab becomes spaces).
std::string RemoveIndent(std::string_view line, size_t columns);
// A line that opens a block (heading, quote, list item, fence, table row, break, footnote)
// rather than continuing a paragraph lazily.
bool StartsBlock(std::string_view line);
// The content column of a list item's first line ("- x", "1. x"), or 0 if it is not one.
size_t ListItemContentColumn(std::string_view line);
// The fence character if the line opens or closes a fenced code block, else 0.
char FenceChar(std::string_view line);

// Splits text into lines; each call returns the next line without its '\n'.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  bool Next(std::string_view* line) {
    if (pos_ >= text_.size()) return false;
    size_t eol = text_.find('\n', pos_);
    size_t end = eol == std::string_view::npos ? text_.size() : eol;
    *line = text_.substr(pos_, end - pos_);
    pos_ = eol == std::string_view::npos ? text_.size() : eol + 1;
    return true;
  }
  size_t pos() const { return pos_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_BLOCK_SCAN_H_
