#include "markdown/source_scan.h"

#include <optional>
#include <string>

#include "markdown/block_markup.h"
#include "markdown/byte_scan.h"
#include "markdown/definition_lists.h"

namespace kiln::markdown {
namespace {

// The bytes that start or turn on the features not found yet: a document full of table rows
// or links stops at each '|' or '[' only until the answer for it is known.
std::string MarksLeft(const SourceFeatures& f) {
  std::string bytes;
  if (!f.table_delimiter) bytes.push_back('|');
  if (!f.task_marker || !f.footnote_mark) bytes.push_back('[');
  if (!f.definition_colon) bytes.push_back(':');
  if (!f.textarea) bytes.push_back('<');
  return bytes;
}

int Found(const SourceFeatures& f) {
  return f.table_delimiter + f.task_marker + f.footnote_mark + f.definition_colon + f.textarea;
}

// s[at] is '|': a delimiter row has a '-' or ':' beside a pipe, or a '-' one space away.
bool PipeNextToDelimiter(std::string_view s, size_t at) {
  const auto is = [s](size_t i, char c) { return i < s.size() && s[i] == c; };
  // Near the start these wrap around to past the end, where `is` is false.
  const size_t before = at - 1, before2 = at - 2;
  return is(at + 1, '-') || is(at + 1, ':') || (is(at + 1, ' ') && is(at + 2, '-')) ||
         is(before, '-') || is(before, ':') || (is(before, ' ') && is(before2, '-'));
}

}  // namespace

SourceFeatures ScanSourceFeatures(std::string_view source) {
  SourceFeatures f;
  const char* const data = source.data();
  const char* const end = data + source.size();
  static const ByteSet<4> kAllMarks(MarksLeft(SourceFeatures()));
  std::optional<ByteSet<4>> narrowed;
  const ByteSet<4>* marks = &kAllMarks;
  for (const char* p = marks->Find(data, end); p < end; p = marks->Find(p + 1, end)) {
    const size_t at = p - data;
    const int found = Found(f);
    switch (*p) {
      case '|':
        f.table_delimiter = PipeNextToDelimiter(source, at);
        break;
      case '[':
        if (at + 1 < source.size() && p[1] == '^') f.footnote_mark = true;
        if (at + 2 < source.size() && p[2] == ']' && (p[1] == ' ' || p[1] == 'x' || p[1] == 'X')) {
          f.task_marker = true;
        }
        break;
      case ':':
        f.definition_colon = ColonStartsLine(source, at);
        break;
      default:  // '<'
        f.textarea = StartsTextareaTag(source.substr(at));
        break;
    }
    if (Found(f) != found) {
      const std::string left = MarksLeft(f);
      if (left.empty()) break;
      marks = &narrowed.emplace(left);
    }
  }
  return f;
}

}  // namespace kiln::markdown
