// Hugo's .TableOfContents: the headings of one rendered document as nested lists inside
// <nav id="TableOfContents">, limited to [markup.tableOfContents] startLevel..endLevel.
// A pure function of its inputs; thread-safe.
#ifndef KILN_MARKDOWN_TOC_H_
#define KILN_MARKDOWN_TOC_H_

#include <string>
#include <vector>

#include "markdown/markdown.h"

namespace kiln::markdown {

// end_level -1 means no limit. Hugo builds the tree from every heading, so a heading past
// end_level still leaves an empty <li></li> where a skipped level sits.
std::string TableOfContents(const std::vector<Heading>& headings, int start_level,
                            int end_level, bool ordered);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_TOC_H_
