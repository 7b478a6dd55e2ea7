// BuildSummary: the counts Hugo prints at the end of a build, for the same site.
#ifndef KILN_SITE_BUILD_SUMMARY_H_
#define KILN_SITE_BUILD_SUMMARY_H_

#include <cstdint>

namespace kiln {

struct BuildSummary {
  int pages = 0, paginator_pages = 0, non_page_files = 0, static_files = 0, processed_images = 0,
      aliases = 0, sitemaps = 0, cleaned = 0;
  int64_t duration_ms = 0;
};

}  // namespace kiln

#endif  // KILN_SITE_BUILD_SUMMARY_H_
