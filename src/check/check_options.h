// CheckOptions: what `kiln check` inspects and how strictly. Filled from the `[check]`
// section of the site config (ApplyCheckSection) and then from command-line flags, which
// the CLI sets directly on the struct.
//
// A plain value; read-only while a check runs, so it is shared by all worker threads.
#ifndef KILN_CHECK_CHECK_OPTIONS_H_
#define KILN_CHECK_CHECK_OPTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "value/value.h"

namespace kiln::check {

struct ExternalOptions {
  bool enabled = false;  // --external: external links are checked only when asked
  int concurrency = 16;  // requests in flight overall
  int per_host = 4;      // requests in flight per host, to be polite
  int timeout_ms = 10000;
  std::string cache_file;  // results are kept here between runs; "" for no cache
  int64_t cache_ttl_seconds = 24 * 3600;
};

struct CheckOptions {
  std::string dir;                  // the output directory, e.g. "public"
  std::string base_url;             // the site's baseURL; absolute links to it count as internal
  uint64_t budget_bytes = 500'000;  // page weight budget (500 KB)
  int heaviest_count = 10;          // pages listed by weight in the report
  std::vector<std::string> ignore_urls;   // glob patterns ('*', '?') on references as written
  std::vector<std::string> ignore_files;  // glob patterns on site-relative file paths
  bool warnings_as_errors = false;
  ExternalOptions external;

  bool IgnoresUrl(std::string_view url) const;
  bool IgnoresFile(std::string_view path) const;
};

// Applies the keys of a `[check]` config section (a map; null is allowed and changes
// nothing). Keys are case-insensitive, as in Hugo configs:
//   budget = 500000 | "500KB" | "1.5MB"   heaviest = 10        warningsAsErrors = false
//   ignore = ["https://twitter.com/*"]    ignoreFiles = ["drafts/*"]
//   external = false  externalConcurrency = 16  externalPerHost = 4
//   externalTimeout = "10s" | 10000 (ms)  cacheFile = ".kiln-check-cache.json"
//   cacheTTL = "24h" | 86400 (s)
Status ApplyCheckSection(const Value& section, CheckOptions* options);

// "500KB" → 500000; "2MiB" → 2097152; a bare number is bytes.
StatusOr<uint64_t> ParseByteSize(std::string_view text);

// '*' matches any run of characters, '?' any one character; everything else is literal.
bool GlobMatch(std::string_view pattern, std::string_view text);

}  // namespace kiln::check

#endif  // KILN_CHECK_CHECK_OPTIONS_H_
