#include "deploy/fault_transport.h"

namespace kiln::deploy {

size_t FaultInjectingTransport::requests() const {
  std::lock_guard<std::mutex> lock(mu_);
  return count_;
}

StatusOr<HttpResponse> FaultInjectingTransport::Send(const HttpRequest& request) {
  Fault fault;
  {
    std::lock_guard<std::mutex> lock(mu_);
    fault = rule_(count_++, request);
  }
  switch (fault) {
    case Fault::kNone:
      return base_->Send(request);
    case Fault::kDrop:
      return UnavailableError("connection reset by peer (injected)");
    case Fault::kTimeout:
      return UnavailableError("operation timed out (injected)");
    case Fault::kServerError:
      return HttpResponse{500,
                          {},
                          "<Error><Code>InternalError</Code><Message>We encountered an internal "
                          "error. Please try again.</Message></Error>"};
    case Fault::kSlowDown:
      return HttpResponse{503,
                          {},
                          "<Error><Code>SlowDown</Code><Message>Please reduce your request "
                          "rate.</Message></Error>"};
    case Fault::kCutMidBody: {
      // The server got and applied the request; the client never sees the full answer.
      StatusOr<HttpResponse> ignored = base_->Send(request);
      ignored.status().IgnoreError();
      return UnavailableError("transfer closed with outstanding read data remaining (injected)");
    }
  }
  return InternalError("unknown fault");
}

}  // namespace kiln::deploy
