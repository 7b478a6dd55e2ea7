// goldmark's attribute syntax on headings, `## Title {#id .class key=value}`. Pure functions.
#ifndef KILN_MARKDOWN_HEADING_ATTRIBUTES_H_
#define KILN_MARKDOWN_HEADING_ATTRIBUTES_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiln::markdown {

struct HeadingAttributes {
  std::string id;  // from #id or id=..., empty if none
  // In source order, classes joined into one "class".
  std::vector<std::pair<std::string, std::string>> attributes;
};

// Looks for an attribute block ending the heading text `line`. On success fills *attrs and sets
// *start to the offset of its '{'.
bool ParseTrailingHeadingAttributes(std::string_view line, HeadingAttributes* attrs,
                                    size_t* start);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_HEADING_ATTRIBUTES_H_
