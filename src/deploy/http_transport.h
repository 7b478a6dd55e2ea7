// HttpTransport: how the deploy module talks HTTP. S3 and CloudFront clients build an
// HttpRequest, sign it and hand it to a transport; tests swap in an in-memory S3 (FakeS3), a
// recorder, or a FaultInjectingTransport around either.
//
// Implementations must be thread-safe: the deployer calls Send from several worker threads at
// once, and each call blocks until the whole response has arrived.
#ifndef KILN_DEPLOY_HTTP_TRANSPORT_H_
#define KILN_DEPLOY_HTTP_TRANSPORT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace kiln::deploy {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// The value of the first header named `name` (ASCII case-insensitive), or nullptr.
const std::string* FindHeader(const HeaderList& headers, std::string_view name);

struct HttpRequest {
  std::string method;    // "GET", "PUT", "POST", "DELETE", "HEAD"
  std::string endpoint;  // scheme and authority, no trailing slash: "https://s3.amazonaws.com"
  std::string path;      // decoded, starting with '/': "/bucket/a b.html"
  std::vector<std::pair<std::string, std::string>> query;  // decoded names and values
  HeaderList headers;  // sent as given, including Host; the signer appends its own
  std::string body;

  // endpoint + URI-encoded path + encoded query, as sent on the wire.
  std::string Url() const;
};

struct HttpResponse {
  int status = 0;
  HeaderList headers;
  std::string body;

  const std::string* Header(std::string_view name) const { return FindHeader(headers, name); }
};

class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  // Sends a request and returns the whole response, whatever its status code. Failing to get
  // a response at all is an error: kUnavailable when a retry may help (refused, reset, timed
  // out, cut off mid-body), kFailedPrecondition when it cannot (bad TLS certificate, bad URL).
  virtual StatusOr<HttpResponse> Send(const HttpRequest& request) = 0;
};

// RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - _ . ~ is escaped, and '/' too unless
// `keep_slash`. This is the encoding SigV4 signs and S3 expects on the wire.
std::string UriEncode(std::string_view s, bool keep_slash);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_HTTP_TRANSPORT_H_
