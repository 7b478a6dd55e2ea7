// Finds a link's destination and title as written in the Markdown source.
//
// Hugo hands render hooks the destination and title goldmark parsed, before backslash escapes
// and entity references are resolved; md4c hands over resolved copies. FindLinkSource looks for
// the source text that resolves to md4c's values: the inline tails "](…)" from a position on,
// then the link reference definitions. Pure functions; thread-safe.
#ifndef KILN_MARKDOWN_LINK_SOURCE_H_
#define KILN_MARKDOWN_LINK_SOURCE_H_

#include <string>
#include <string_view>

namespace kiln::markdown {

struct LinkSource {
  std::string_view destination;
  std::string_view title;
};

// Backslash escapes and entity references resolved, as in link destinations, titles and info
// strings.
std::string ResolveEscapesAndEntities(std::string_view text);

// The written destination and title that resolve to `destination` and `title`: of the first
// inline link tail at or after `from`, else of a link reference definition. False when none
// does.
bool FindLinkSource(std::string_view source, size_t from, std::string_view destination,
                    std::string_view title, LinkSource* out);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_LINK_SOURCE_H_
