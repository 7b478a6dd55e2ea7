// CloudFront invalidation: which paths a deploy must invalidate, and the CreateInvalidation
// call (REST/XML, SigV4 for service "cloudfront" in us-east-1, endpoint overridable for tests).
//
// CloudFrontClient borrows its transport, clock and backoff; it is thread-safe as they are.
#ifndef KILN_DEPLOY_CLOUDFRONT_H_
#define KILN_DEPLOY_CLOUDFRONT_H_

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/status.h"
#include "deploy/http_transport.h"
#include "deploy/retry.h"
#include "deploy/sigv4.h"

namespace kiln::deploy {

inline constexpr char kCloudFrontEndpoint[] = "https://cloudfront.amazonaws.com";

// Paths for the changed or deleted keys (relative to the distribution's origin path):
// "/key", plus "/dir/" for "dir/index.html" and "/" for "index.html"; characters unsafe in
// URLs (RFC 1738) percent-encoded. Above `max_paths`, the deepest paths collapse into
// directory wildcards ("/blog/*") level by level, and finally into "/*". Sorted.
std::vector<std::string> InvalidationPaths(const std::vector<std::string>& keys, int max_paths);

// The InvalidationBatch XML body.
std::string InvalidationBatchXml(const std::vector<std::string>& paths,
                                 const std::string& caller_reference);

class CloudFrontClient {
 public:
  CloudFrontClient(HttpTransport* transport, std::string endpoint, Credentials credentials,
                   const Clock* clock, Backoff* backoff)
      : transport_(transport),
        endpoint_(std::move(endpoint)),
        credentials_(std::move(credentials)),
        clock_(clock),
        backoff_(backoff) {}

  // Creates one invalidation; returns its ID. Retries TooManyInvalidationsInProgress,
  // throttling and 5xx (the same caller reference makes a retry idempotent).
  StatusOr<std::string> CreateInvalidation(const std::string& distribution_id,
                                           const std::vector<std::string>& paths,
                                           const std::string& caller_reference);

 private:
  HttpTransport* transport_;
  std::string endpoint_;
  Credentials credentials_;
  const Clock* clock_;
  Backoff* backoff_;
};

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_CLOUDFRONT_H_
