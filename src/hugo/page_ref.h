// `.Ref`/`.RelRef` of a page and the `ref`/`relref` functions: the reference (a string, or
// a map with "path" and optional "outputFormat") resolved from the calling page as the ref
// shortcodes resolve it (shortcode_refs.h). Pure over the frozen site; thread-safe.
#ifndef KILN_HUGO_PAGE_REF_H_
#define KILN_HUGO_PAGE_REF_H_

#include "content/page.h"
#include "value/value.h"

namespace kiln::hugo {

class SiteObject;

// A page that cannot be found is an error naming the reference and `from`.
StatusOr<Value> PageRefLink(const SiteObject* site, const Page* from, const Value& ref,
                            bool relative);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGE_REF_H_
