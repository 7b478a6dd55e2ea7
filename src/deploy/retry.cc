#include "deploy/retry.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace kiln::deploy {

void RealSleeper::SleepFor(int64_t nanos) {
  std::this_thread::sleep_for(std::chrono::nanoseconds(nanos));
}

Status Backoff::Run(const std::function<AttemptResult()>& attempt) {
  for (int n = 0;; ++n) {
    AttemptResult result = attempt();
    if (result.status.ok() || !result.retryable || n + 1 >= policy_.max_attempts) {
      if (!result.status.ok() && result.retryable) {
        return Status(result.status.code(), result.status.message() + " (gave up after " +
                                                std::to_string(n + 1) + " attempts)");
      }
      return result.status;
    }
    int64_t cap = std::min(policy_.max_delay_ns, policy_.base_delay_ns << std::min(n, 20));
    int64_t delay;
    {
      std::lock_guard<std::mutex> lock(mu_);
      delay = std::uniform_int_distribution<int64_t>(0, cap)(rng_);
    }
    sleeper_->SleepFor(delay);
  }
}

}  // namespace kiln::deploy
