// One pass over a Markdown source that rules out the source rewrites most documents need none
// of: GFM table and task-marker fix-ups, footnote extraction, definition lists and raw-text
// <textarea> blocks. Each flag is a necessary condition, true when the construct may be there;
// the rewrites that follow only take text out or insert lines without these marks, so a flag
// false for the source stays false for what they make of it. Pure function; thread-safe.
#ifndef KILN_MARKDOWN_SOURCE_SCAN_H_
#define KILN_MARKDOWN_SOURCE_SCAN_H_

#include <string_view>

namespace kiln::markdown {

struct SourceFeatures {
  bool table_delimiter = false;   // a '|' next to a '-' or ':' (or " -"): a delimiter row may be
  bool task_marker = false;       // "[ ]", "[x]" or "[X]"
  bool footnote_mark = false;     // "[^"
  bool definition_colon = false;  // a line starting with ':' after spaces and '>'s
  bool textarea = false;          // "<textarea", in any case
};

SourceFeatures ScanSourceFeatures(std::string_view source);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_SOURCE_SCAN_H_
