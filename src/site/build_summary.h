// BuildSummary: the counts Hugo prints at the end of a build, for the same site: one
// column per language, in the languages' order.
#ifndef KILN_SITE_BUILD_SUMMARY_H_
#define KILN_SITE_BUILD_SUMMARY_H_

#include <cstdint>
#include <string>
#include <vector>

namespace kiln {

struct LanguageCounts {
  std::string lang;  // the language key: "en"
  int pages = 0, paginator_pages = 0, non_page_files = 0, static_files = 0, processed_images = 0,
      aliases = 0, sitemaps = 0, cleaned = 0;
};

struct BuildSummary {
  std::vector<LanguageCounts> languages;  // never empty after a build
  int64_t duration_ms = 0;
};

}  // namespace kiln

#endif  // KILN_SITE_BUILD_SUMMARY_H_
