// Checks external URLs over HTTP with libcurl's multi interface: many requests in flight
// at once, at most ExternalOptions::per_host per host, each bounded by a timeout. A HEAD
// request is tried first; servers that refuse HEAD (405, 501) get a GET. Redirects are
// followed. Successful results are kept in a JSON cache file for cache_ttl_seconds, so
// CI reruns are fast; failures are always checked again, so a fixed link clears at once.
//
// CheckExternalUrls blocks until every URL is settled. It keeps no state between calls
// and may run on any thread.
#ifndef KILN_CHECK_EXTERNAL_CHECKER_H_
#define KILN_CHECK_EXTERNAL_CHECKER_H_

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/file_system.h"
#include "check/check_options.h"

namespace kiln::check {

struct ExternalResult {
  int http_status = 0;  // 0 when there was no response
  std::string error;    // why there was no response

  bool ok() const { return http_status >= 200 && http_status < 400; }
  // "HTTP 404", or the transport error ("timed out after 100 ms").
  std::string Describe() const;
};

// One result per URL, in the same order. Cache read and write problems are not errors:
// the cache only saves time.
std::vector<ExternalResult> CheckExternalUrls(const std::vector<std::string>& urls,
                                              const ExternalOptions& options, FileSystem& fs,
                                              const Clock& clock);

}  // namespace kiln::check

#endif  // KILN_CHECK_EXTERNAL_CHECKER_H_
