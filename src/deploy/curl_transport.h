// CurlTransport: the real HttpTransport, on libcurl. It keeps a pool of easy handles, one per
// concurrent caller, and each handle keeps its keep-alive connection between requests, so N
// deploy workers run N parallel transfers over N reused connections. HTTPS verifies
// certificates (against the system store, or `ca_bundle`); plain HTTP is used only when an
// endpoint says http://.
//
// Thread-safe: Send may be called from any number of threads.
#ifndef KILN_DEPLOY_CURL_TRANSPORT_H_
#define KILN_DEPLOY_CURL_TRANSPORT_H_

#include <mutex>
#include <string>
#include <vector>

#include "deploy/http_transport.h"

namespace kiln::deploy {

struct CurlTransportOptions {
  std::string ca_bundle;  // PEM file; empty: the system's certificates
  long connect_timeout_ms = 10'000;
  // A transfer slower than 1 byte/s for this long is cut and retried.
  long stall_timeout_s = 30;
};

class CurlTransport final : public HttpTransport {
 public:
  explicit CurlTransport(CurlTransportOptions options = {});
  ~CurlTransport() override;
  CurlTransport(const CurlTransport&) = delete;
  CurlTransport& operator=(const CurlTransport&) = delete;

  StatusOr<HttpResponse> Send(const HttpRequest& request) override;

 private:
  void* Acquire();
  void Release(void* handle);

  CurlTransportOptions options_;
  std::mutex mu_;
  std::vector<void*> idle_;  // CURL* handles with live connections
};

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_CURL_TRANSPORT_H_
