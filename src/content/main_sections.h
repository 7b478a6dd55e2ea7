// DefaultMainSection: the section Hugo names in `.Site.Params.mainSections` when the
// configuration does not: the top-level section holding the most regular pages, counting
// those of its nested sections; on a tie the one whose name sorts first wins.
//
// A pure function of a frozen content tree; safe to call from any thread.
#ifndef KILN_CONTENT_MAIN_SECTIONS_H_
#define KILN_CONTENT_MAIN_SECTIONS_H_

#include <string>

#include "content/content_tree.h"
#include "value/value.h"

namespace kiln {

// The section's name ("posts"), or "" when no top-level section holds a regular page.
std::string DefaultMainSection(const ContentTree& tree);

// The site params `params` (a Map, or null for none) with the default main section added
// under both "mainSections" and "mainsections", as Hugo stores it, unless the params name
// their own (any spelling) or there is no default.
Value ParamsWithMainSections(const Value& params, const ContentTree& tree);

}  // namespace kiln

#endif  // KILN_CONTENT_MAIN_SECTIONS_H_
