// Page references for the ref and relref shortcodes, as Hugo 0.111.3 resolves them:
// "posts/a.md", "/posts/a", "a" (a unique base name), "../other", a section's path, each
// with an optional "#anchor"; relative paths are tried from the referring page's
// directory first. The lookup itself is page_lookup's LookupPageRef.
//
// Pure functions over a frozen content tree; thread-safe.
#ifndef KILN_HUGO_SHORTCODE_REFS_H_
#define KILN_HUGO_SHORTCODE_REFS_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "content/content_tree.h"

namespace kiln::hugo {

// What {{< ref >}} / {{< relref >}} print for `ref` with its anchor: the page's permalink
// (`relative`: its relative permalink) in `output_format` ("" for HTML). `url_origin`
// makes permalinks absolute; `position` names the call in messages.
StatusOr<std::string> RefLink(const ContentTree& content, const Page* context, std::string_view ref,
                              std::string_view output_format, bool relative,
                              std::string_view url_origin, std::string_view position);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SHORTCODE_REFS_H_
