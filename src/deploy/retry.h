// Retry with exponential backoff and full jitter for S3 and CloudFront calls. A Sleeper waits
// between attempts, so tests run retries without waiting. Backoff is thread-safe (its random
// source is locked); RealSleeper is stateless.
#ifndef KILN_DEPLOY_RETRY_H_
#define KILN_DEPLOY_RETRY_H_

#include <cstdint>
#include <functional>
#include <mutex>
#include <random>

#include "base/status.h"

namespace kiln::deploy {

class Sleeper {
 public:
  virtual ~Sleeper() = default;
  virtual void SleepFor(int64_t nanos) = 0;
};

class RealSleeper final : public Sleeper {
 public:
  void SleepFor(int64_t nanos) override;
};

struct RetryPolicy {
  int max_attempts = 6;
  int64_t base_delay_ns = 100'000'000;  // 100 ms, doubled each attempt
  int64_t max_delay_ns = 5'000'000'000;
};

// What one attempt produced: a final status, and whether another attempt may help
// (connection errors, 5xx, SlowDown, throttling).
struct AttemptResult {
  Status status;
  bool retryable = false;
};

class Backoff {
 public:
  Backoff(RetryPolicy policy, Sleeper* sleeper, uint64_t seed)
      : policy_(policy), sleeper_(sleeper), rng_(seed) {}

  // Runs `attempt` until it succeeds, fails for good, or runs out of attempts; sleeps a random
  // time in [0, min(max, base·2^n)] between attempts ("full jitter", so that many workers
  // hitting SlowDown do not retry in lockstep).
  Status Run(const std::function<AttemptResult()>& attempt);

 private:
  RetryPolicy policy_;
  Sleeper* sleeper_;  // not owned
  std::mutex mu_;
  std::mt19937_64 rng_;
};

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_RETRY_H_
