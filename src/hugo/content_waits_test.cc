#include "hugo/content_waits.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <functional>
#include <future>

namespace kiln::hugo {
namespace {

// A thread that runs one task at a time for the test, each to completion before Run
// returns, so the test decides the order of every step on every thread.
class Worker {
 public:
  Worker() : thread_([this] { Loop(); }) {}
  ~Worker() {
    Run(nullptr);
    thread_.join();
  }
  void Run(std::function<void()> task) {
    std::packaged_task<void()> job([task] {
      if (task) task();
    });
    std::future<void> done = job.get_future();
    {
      std::lock_guard<std::mutex> lock(mu_);
      job_ = std::move(job);
      stop_ = !task;
      ready_ = true;
    }
    cv_.notify_one();
    done.get();
  }

 private:
  void Loop() {
    while (true) {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return ready_; });
      ready_ = false;
      bool stop = stop_;
      std::packaged_task<void()> job = std::move(job_);
      lock.unlock();
      job();
      if (stop) return;
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::packaged_task<void()> job_;
  bool ready_ = false;
  bool stop_ = false;
  std::thread thread_;
};

const int kPageA = 1, kPageB = 2;

TEST(ContentWaitsTest, OwnPageIsACycle) {
  ContentWaits waits;
  waits.BeginRender(&kPageA);
  Status s = waits.BeginWait(&kPageA, "posts/a.md");
  EXPECT_EQ(s.message(),
            "the content of page \"posts/a.md\" is read while it renders (a shortcode or render "
            "hook reaches the content it is part of, directly or through other pages)");
  waits.EndRender(&kPageA);
  EXPECT_TRUE(waits.BeginWait(&kPageA, "posts/a.md").ok());
  waits.EndWait();
}

TEST(ContentWaitsTest, CycleThroughAnotherThread) {
  ContentWaits waits;
  Worker t1, t2;
  t1.Run([&] { waits.BeginRender(&kPageA); });
  t2.Run([&] { waits.BeginRender(&kPageB); });
  // t2's page reads A (rendered by t1, which waits for nothing yet): it may wait.
  t2.Run([&] { EXPECT_TRUE(waits.BeginWait(&kPageA, "a.md").ok()); });
  // t1's page now reads B, whose renderer waits for A: waiting would never end.
  t1.Run([&] { EXPECT_FALSE(waits.BeginWait(&kPageB, "b.md").ok()); });
  t2.Run([&] { waits.EndWait(); });
  t1.Run([&] { EXPECT_TRUE(waits.BeginWait(&kPageB, "b.md").ok()); });
}

}  // namespace
}  // namespace kiln::hugo
