// Where a page's output in one format is written and the link that reaches it, as Hugo
// builds them for every format but the page's HTML: a format's `path` goes before a regular
// page's (or a page with a front-matter `url`'s) own path and after a list page's, `uglyURLs`
// writes `<dir>.<suffix>` instead of `<dir>/<baseName>.<suffix>` (not for home, `url`
// pages or `noUgly` formats), and a link to an `index.html` ends in its directory's slash.
//
// Pure functions; thread-safe.
#ifndef KILN_HUGO_FORMAT_TARGET_H_
#define KILN_HUGO_FORMAT_TARGET_H_

#include <string>

#include "content/content_options.h"
#include "content/page.h"
#include "hugo/output_format.h"

namespace kiln::hugo {

struct FormatTarget {
  std::string path;      // relative to the publish directory: "exports/posts/a/data.kln"
  std::string rel_link;  // with the baseURL's path: "/exports/posts/a/data.kln"
  // Where the page's resources go for this format, "" or ending in a slash: hugo copies a
  // bundle's files beside each of its formats' outputs ("exports/posts/a/").
  std::string resource_dir;
};

FormatTarget FormatTargetFor(const Page& page, const OutputFormat& format, const ContentOptions& o);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_FORMAT_TARGET_H_
