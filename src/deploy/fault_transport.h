// FaultInjectingTransport: wraps another HttpTransport and, for the requests a rule picks,
// fails the way networks and S3 fail: a dropped connection, a timeout, a 500, a 503 SlowDown,
// or a connection cut mid-body (the request reaches the server, the answer is lost). Tests use
// it to prove retries work and that a failed deploy leaves every live page whole.
//
// Thread-safe: the request counter is atomic and the rule is called under a lock.
#ifndef KILN_DEPLOY_FAULT_TRANSPORT_H_
#define KILN_DEPLOY_FAULT_TRANSPORT_H_

#include <functional>
#include <mutex>

#include "deploy/http_transport.h"

namespace kiln::deploy {

enum class Fault { kNone, kDrop, kTimeout, kServerError, kSlowDown, kCutMidBody };

class FaultInjectingTransport final : public HttpTransport {
 public:
  // `rule` sees the 0-based index of each request and the request, and picks a fault.
  using Rule = std::function<Fault(size_t index, const HttpRequest& request)>;
  FaultInjectingTransport(HttpTransport* base, Rule rule) : base_(base), rule_(std::move(rule)) {}

  StatusOr<HttpResponse> Send(const HttpRequest& request) override;
  size_t requests() const;

 private:
  HttpTransport* base_;  // not owned
  Rule rule_;
  mutable std::mutex mu_;
  size_t count_ = 0;
};

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_FAULT_TRANSPORT_H_
