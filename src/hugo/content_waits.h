// ContentWaits: which thread is rendering which page's content, and which page's content
// each thread is waiting for. A page's content renders once (std::call_once), so a
// shortcode that reaches the content it is part of, directly or through pages whose
// shortcodes read it back, would wait forever; ContentWaits turns that into an error.
//
// One per site; all methods are thread-safe (one mutex, held briefly).
#ifndef KILN_HUGO_CONTENT_WAITS_H_
#define KILN_HUGO_CONTENT_WAITS_H_

#include <map>
#include <mutex>
#include <thread>

#include "base/status.h"

namespace kiln::hugo {

class ContentWaits {
 public:
  // The calling thread is about to wait for the content of `page` (`name` for messages).
  // Fails, recording nothing, when that content's rendering waits, through any chain of
  // pages, for this thread.
  Status BeginWait(const void* page, std::string_view name);
  void EndWait();
  // The calling thread renders the content of `page` until EndRender.
  void BeginRender(const void* page);
  void EndRender(const void* page);

 private:
  std::mutex mu_;
  std::map<const void*, std::thread::id> rendering_;  // page → thread rendering it
  std::map<std::thread::id, const void*> waiting_;    // thread → page it waits for
};

// Waits for a page's content for as long as it lives (BeginWait succeeded).
class ContentWait {
 public:
  explicit ContentWait(ContentWaits* waits) : waits_(waits) {}
  ~ContentWait() { waits_->EndWait(); }
  ContentWait(const ContentWait&) = delete;
  ContentWait& operator=(const ContentWait&) = delete;

 private:
  ContentWaits* waits_;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_CONTENT_WAITS_H_
