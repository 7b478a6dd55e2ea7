// Clock: the time source, behind an interface so builds (draft/future/expired filtering,
// `now`) and deploy records are testable. RealClock is thread-safe; FakeClock is for
// single-threaded tests.
#ifndef KILN_BASE_CLOCK_H_
#define KILN_BASE_CLOCK_H_

#include <cstdint>

namespace kiln {

class Clock {
 public:
  virtual ~Clock() = default;
  // Nanoseconds since the Unix epoch, UTC.
  virtual int64_t NowUnixNanos() const = 0;
  // A monotonic reading in nanoseconds, for measuring durations.
  virtual int64_t MonotonicNanos() const = 0;
};

class RealClock final : public Clock {
 public:
  int64_t NowUnixNanos() const override;
  int64_t MonotonicNanos() const override;
};

class FakeClock final : public Clock {
 public:
  explicit FakeClock(int64_t unix_nanos) : now_(unix_nanos) {}
  int64_t NowUnixNanos() const override { return now_; }
  int64_t MonotonicNanos() const override { return now_; }
  void Advance(int64_t nanos) { now_ += nanos; }

 private:
  int64_t now_;
};

}  // namespace kiln

#endif  // KILN_BASE_CLOCK_H_
