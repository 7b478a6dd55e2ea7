#include "check/external_checker.h"

#include <curl/curl.h>

#include <deque>
#include <map>
#include <nlohmann/json.hpp>

#include "base/strings.h"

namespace kiln::check {

namespace {

constexpr int64_t kNanosPerSecond = 1'000'000'000;

std::string HostOf(const std::string& url) {
  size_t start = url.find("//");
  start = start == std::string::npos ? 0 : start + 2;
  size_t end = url.find_first_of("/?#", start);
  return AsciiLower(std::string_view(url).substr(start, end - start));
}

size_t DiscardBody(char*, size_t size, size_t count, void*) { return size * count; }

// The cache file: {"entries": {"<url>": {"status": 200, "checked": <unix seconds>}}}.
class Cache {
 public:
  Cache(const ExternalOptions& options, FileSystem& fs, int64_t now_seconds)
      : options_(options), fs_(fs), now_(now_seconds) {
    if (options_.cache_file.empty()) return;
    StatusOr<std::string> text = fs_.ReadFile(options_.cache_file);
    if (!text.ok()) return;
    nlohmann::json doc = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_object() || !doc.contains("entries") || !doc["entries"].is_object()) return;
    for (const auto& [url, entry] : doc["entries"].items()) {
      if (!entry.is_object()) continue;
      int status = entry.value("status", 0);
      int64_t checked = entry.value("checked", int64_t{0});
      entries_[url] = {status, checked};
    }
  }

  // A fresh successful result for `url`, if the cache has one.
  bool Lookup(const std::string& url, ExternalResult* result) const {
    auto it = entries_.find(url);
    if (it == entries_.end() || now_ - it->second.second >= options_.cache_ttl_seconds) {
      return false;
    }
    result->http_status = it->second.first;
    return result->ok();
  }

  void Record(const std::string& url, const ExternalResult& result) {
    if (result.ok()) {
      entries_[url] = {result.http_status, now_};
    } else {
      entries_.erase(url);
    }
  }

  void Save() {
    if (options_.cache_file.empty()) return;
    nlohmann::json entries = nlohmann::json::object();
    for (const auto& [url, e] : entries_) {
      if (now_ - e.second < options_.cache_ttl_seconds) {
        entries[url] = {{"status", e.first}, {"checked", e.second}};
      }
    }
    nlohmann::json doc = {{"entries", entries}};
    fs_.WriteFile(options_.cache_file, doc.dump(1) + "\n").IgnoreError();
  }

 private:
  const ExternalOptions& options_;
  FileSystem& fs_;
  int64_t now_;
  std::map<std::string, std::pair<int, int64_t>> entries_;  // url → (status, checked)
};

// Runs the requests: a queue per host, started while the global and per-host limits allow.
class Prober {
  struct Request {
    size_t index;
    bool head;  // HEAD first; GET when the server refuses HEAD
  };

 public:
  Prober(const std::vector<std::string>& urls, const ExternalOptions& options,
         std::vector<ExternalResult>* results)
      : urls_(urls), options_(options), results_(results), multi_(curl_multi_init()) {}
  ~Prober() { curl_multi_cleanup(multi_); }

  void Add(size_t index) { queues_[HostOf(urls_[index])].push_back(Request{index, true}); }

  void Run() {
    StartMore();
    int running = 0;
    do {
      curl_multi_perform(multi_, &running);
      Harvest();
      StartMore();
      curl_multi_perform(multi_, &running);
      if (in_flight_ > 0) curl_multi_poll(multi_, nullptr, 0, 100, nullptr);
    } while (in_flight_ > 0);
  }

 private:
  void Start(size_t index, bool head) {
    CURL* easy = curl_easy_init();
    curl_easy_setopt(easy, CURLOPT_URL, urls_[index].c_str());
    curl_easy_setopt(easy, CURLOPT_NOBODY, head ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_ms));
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "kiln-check");
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &DiscardBody);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    requests_[easy] = Request{index, head};
    ++active_[HostOf(urls_[index])];
    ++in_flight_;
    curl_multi_add_handle(multi_, easy);
  }

  void StartMore() {
    for (auto& [host, queue] : queues_) {
      while (!queue.empty() && in_flight_ < options_.concurrency &&
             active_[host] < options_.per_host) {
        Request req = queue.front();
        queue.pop_front();
        Start(req.index, req.head);
      }
    }
  }

  void Harvest() {
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      CURL* easy = msg->easy_handle;
      Request req = requests_[easy];
      requests_.erase(easy);
      long status = 0;
      curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
      ExternalResult& result = (*results_)[req.index];
      result.http_status = static_cast<int>(status);
      if (msg->data.result != CURLE_OK) {
        result.http_status = 0;
        result.error = msg->data.result == CURLE_OPERATION_TIMEDOUT
                           ? "timed out after " + std::to_string(options_.timeout_ms) + " ms"
                           : curl_easy_strerror(msg->data.result);
      }
      curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(easy);
      --in_flight_;
      std::string host = HostOf(urls_[req.index]);
      --active_[host];
      if (req.head && (status == 405 || status == 501)) {
        queues_[host].push_front(Request{req.index, false});  // again, with GET
      }
    }
  }

  const std::vector<std::string>& urls_;
  const ExternalOptions& options_;
  std::vector<ExternalResult>* results_;
  CURLM* multi_;
  std::map<std::string, std::deque<Request>> queues_;
  std::map<std::string, int> active_;
  std::map<CURL*, Request> requests_;
  int in_flight_ = 0;
};

}  // namespace

std::string ExternalResult::Describe() const {
  if (http_status != 0) return "HTTP " + std::to_string(http_status);
  return error;
}

std::vector<ExternalResult> CheckExternalUrls(const std::vector<std::string>& urls,
                                              const ExternalOptions& options, FileSystem& fs,
                                              const Clock& clock) {
  std::vector<ExternalResult> results(urls.size());
  Cache cache(options, fs, clock.NowUnixNanos() / kNanosPerSecond);
  curl_global_init(CURL_GLOBAL_DEFAULT);  // reference-counted and thread-safe in curl ≥ 7.84
  {
    Prober prober(urls, options, &results);
    for (size_t i = 0; i < urls.size(); ++i) {
      if (!cache.Lookup(urls[i], &results[i])) prober.Add(i);
    }
    prober.Run();
  }
  curl_global_cleanup();
  for (size_t i = 0; i < urls.size(); ++i) cache.Record(urls[i], results[i]);
  cache.Save();
  return results;
}

}  // namespace kiln::check
