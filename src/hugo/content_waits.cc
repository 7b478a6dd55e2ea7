#include "hugo/content_waits.h"

#include <string>

namespace kiln::hugo {

Status ContentWaits::BeginWait(const void* page, std::string_view name) {
  std::thread::id me = std::this_thread::get_id();
  std::lock_guard<std::mutex> lock(mu_);
  // Follow page → its renderer → the page that renderer waits for → … back to this thread?
  const void* p = page;
  for (size_t steps = 0; steps <= waiting_.size(); ++steps) {
    auto renderer = rendering_.find(p);
    if (renderer == rendering_.end()) break;
    if (renderer->second == me) {
      return FailedPreconditionError(
          "the content of page \"" + std::string(name) +
          "\" is read while it renders (a shortcode or render hook reaches the content it is "
          "part of, directly or through other pages)");
    }
    auto next = waiting_.find(renderer->second);
    if (next == waiting_.end()) break;
    p = next->second;
  }
  waiting_[me] = page;
  return Status::Ok();
}

void ContentWaits::EndWait() {
  std::lock_guard<std::mutex> lock(mu_);
  waiting_.erase(std::this_thread::get_id());
}

void ContentWaits::BeginRender(const void* page) {
  std::lock_guard<std::mutex> lock(mu_);
  rendering_[page] = std::this_thread::get_id();
}

void ContentWaits::EndRender(const void* page) {
  std::lock_guard<std::mutex> lock(mu_);
  rendering_.erase(page);
}

}  // namespace kiln::hugo
