#include "markdown/source_scan.h"

#include "markdown/block_markup.h"
#include "markdown/byte_scan.h"
#include "markdown/definition_lists.h"

namespace kiln::markdown {
namespace {

// The bytes every feature of SourceFeatures starts at or turns on.
const ByteSet kMarks("|[:<");

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
  for (const char* p = kMarks.Find(data, end); p < end; p = kMarks.Find(p + 1, end)) {
    const size_t at = p - data;
    switch (*p) {
      case '|':
        f.table_delimiter = f.table_delimiter || PipeNextToDelimiter(source, at);
        break;
      case '[':
        if (at + 1 < source.size() && p[1] == '^') f.footnote_mark = true;
        if (at + 2 < source.size() && p[2] == ']' && (p[1] == ' ' || p[1] == 'x' || p[1] == 'X')) {
          f.task_marker = true;
        }
        break;
      case ':':
        f.definition_colon = f.definition_colon || ColonStartsLine(source, at);
        break;
      default:  // '<'
        f.textarea = f.textarea || StartsTextareaTag(source.substr(at));
        break;
    }
  }
  return f;
}

}  // namespace kiln::markdown
