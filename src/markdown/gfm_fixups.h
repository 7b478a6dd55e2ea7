// Source rewrites that make md4c parse three GFM constructs as goldmark 1.5.4 does:
//
//  - a table may interrupt a paragraph: goldmark takes the paragraph's last line as the header
//    when a matching delimiter row follows; md4c needs the table to start a block, so a blank
//    line is inserted before the header (in a block quote, a quote line without text; in a
//    list item, where a blank line would loosen the list, the line kTableSeparator);
//  - goldmark splits table cells at every unescaped '|', code spans included; md4c keeps a
//    code span whole, so the backticks of a code span holding a '|' are escaped;
//  - goldmark takes "[ ]"/"[x]" as a task marker with text right after it; md4c needs a
//    space, so one is inserted.
//
// Only lines outside fenced code are rewritten. Pure function; thread-safe.
#ifndef KILN_MARKDOWN_GFM_FIXUPS_H_
#define KILN_MARKDOWN_GFM_FIXUPS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "markdown/heading_attributes.h"

namespace kiln::markdown {

// An HTML comment on a line of its own ends a paragraph without output of its own: the
// renderer drops the HTML block holding only this.
inline constexpr std::string_view kTableSeparator = "<!--\x1Ftable-->";

// The rewritten source, or nullopt when nothing needs rewriting (the common case). Callers
// pass tables and task_lists false when ScanSourceFeatures (source_scan.h) rules them out,
// which spares most documents the line-by-line pass.
std::optional<std::string> ApplyGfmFixups(std::string_view source, bool tables, bool task_lists);

// [markup.goldmark.parser.attribute] block: a top-level line holding only an attribute block
// (`{.class #id key=value}`) gives its attributes to the block that ends on the line before;
// after a blank line or a code fence it is dropped. md4c knows no such lines, so they are
// taken out of the source; `attributes` maps the offset of the '\n' (or the end) of the line
// each applies to, in the returned source, to the attributes.
struct BlockAttributeLines {
  std::string source;
  std::map<size_t, HeadingAttributes> attributes;
};
std::optional<BlockAttributeLines> ExtractBlockAttributes(std::string_view source);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_GFM_FIXUPS_H_
