// The output formats of a page: which formats it is rendered to (front-matter `outputs`,
// else the site's `[outputs]` for its kind, else HTML plus RSS for lists) and the
// `.OutputFormats` / `.AlternativeOutputFormats` values templates read (Name, Rel,
// MediaType.Type, RelPermalink, Permalink; the list answers `.Get NAME`). Pure functions;
// thread-safe.
#ifndef KILN_HUGO_PAGE_OUTPUT_FORMATS_H_
#define KILN_HUGO_PAGE_OUTPUT_FORMATS_H_

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "content/page.h"
#include "hugo/output_format.h"
#include "value/value.h"

namespace kiln::hugo {

// What decides a page's formats besides its front matter.
struct OutputsConfig {
  std::vector<OutputFormat> formats;                         // the site's formats
  std::map<std::string, std::vector<std::string>> per_kind;  // `[outputs]`, lower-cased
  bool rss_enabled = true;                                   // RSS not in disableKinds
};

// The formats `page` is rendered to, in order. RSS only applies to lists; unknown names
// are left out. Pointers into `config.formats`.
std::vector<const OutputFormat*> PageOutputFormats(const Page& page, const OutputsConfig& config);

class SiteObject;

// `.OutputFormats` of `page` (every format), or when `alternative_to` names the format being
// rendered, its `.AlternativeOutputFormats` (all but that one and the not-alternative ones).
Value PageOutputFormatsValue(const Page& page, const SiteObject& site,
                             std::optional<std::string_view> alternative_to);

// The link `.RelPermalink` gives while `page` renders in `format`: the format's own when it
// is permalinkable, else that of the page's first format.
std::string RenderingRelPermalink(const Page& page, const SiteObject& site,
                                  const OutputFormat& format);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGE_OUTPUT_FORMATS_H_
