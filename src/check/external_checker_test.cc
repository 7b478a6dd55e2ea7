// External links are checked against an HTTP server this test starts on 127.0.0.1; no
// other network is used.
#include "check/external_checker.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "check/checker.h"
#include "testing/status_matchers.h"

namespace kiln::check {
namespace {

// A minimal HTTP/1.1 server, one thread per connection, with fixed routes:
//   /ok 200, /missing 404, /no-head 405 to HEAD and 200 to GET, /redirect 301 → /ok,
//   /slow 200 after 400 ms, /busy/* 200 after 30 ms.
// It counts requests and the most requests it served at once.
class LocalHttpServer {
 public:
  LocalHttpServer() {
    listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int one = 1;
    setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
        listen(listen_fd_, 64) != 0) {
      ADD_FAILURE() << "cannot listen on 127.0.0.1";
      return;
    }
    socklen_t len = sizeof(addr);
    getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    acceptor_ = std::thread([this] { AcceptLoop(); });
  }

  ~LocalHttpServer() {
    stopping_ = true;
    shutdown(listen_fd_, SHUT_RDWR);
    close(listen_fd_);
    acceptor_.join();
    std::lock_guard lock(mu_);
    for (std::thread& t : handlers_) t.join();
  }

  std::string Url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
  }
  int requests() const { return requests_; }
  int max_active() const { return max_active_; }

 private:
  void AcceptLoop() {
    while (!stopping_) {
      int fd = accept(listen_fd_, nullptr, nullptr);
      if (fd < 0) return;
      std::lock_guard lock(mu_);
      handlers_.emplace_back([this, fd] { Handle(fd); });
    }
  }

  void Handle(int fd) {
    std::string request;
    char buf[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
      ssize_t n = read(fd, buf, sizeof(buf));
      if (n <= 0) break;
      request.append(buf, static_cast<size_t>(n));
    }
    int active = ++active_;
    for (int seen = max_active_;
         active > seen && !max_active_.compare_exchange_weak(seen, active);) {
    }
    ++requests_;
    std::string method = request.substr(0, request.find(' '));
    size_t path_start = request.find(' ') + 1;
    std::string path = request.substr(path_start, request.find(' ', path_start) - path_start);
    std::string status = "200 OK", extra;
    if (path == "/missing") {
      status = "404 Not Found";
    } else if (path == "/no-head" && method == "HEAD") {
      status = "405 Method Not Allowed";
    } else if (path == "/redirect") {
      status = "301 Moved Permanently";
      extra = "Location: /ok\r\n";
    } else if (path == "/slow") {
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
    } else if (path.starts_with("/busy/")) {
      std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
    std::string body = method == "HEAD" ? "" : "body";
    std::string response = "HTTP/1.1 " + status + "\r\n" + extra +
                           "Content-Length: 4\r\nConnection: close\r\n\r\n" + body;
    --active_;
    ssize_t written = write(fd, response.data(), response.size());
    (void)written;
    close(fd);
  }

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> requests_{0};
  std::atomic<int> active_{0};
  std::atomic<int> max_active_{0};
  std::thread acceptor_;
  std::mutex mu_;
  std::vector<std::thread> handlers_;
};

TEST(CheckExternalUrlsTest, Statuses) {
  LocalHttpServer server;
  // A port that was free a moment ago: nothing listens there.
  std::string refused;
  {
    LocalHttpServer gone;
    refused = gone.Url("/ok");
  }
  ExternalOptions options;
  options.timeout_ms = 100;
  MemoryFileSystem fs;
  FakeClock clock(0);
  std::vector<std::string> urls = {server.Url("/ok"),      server.Url("/missing"),
                                   server.Url("/no-head"), server.Url("/redirect"),
                                   server.Url("/slow"),    refused};
  std::vector<ExternalResult> results = CheckExternalUrls(urls, options, fs, clock);
  ASSERT_EQ(results.size(), urls.size());
  EXPECT_EQ(results[0].Describe(), "HTTP 200");
  EXPECT_EQ(results[1].Describe(), "HTTP 404");
  EXPECT_EQ(results[2].Describe(), "HTTP 200");  // GET after HEAD was refused
  EXPECT_EQ(results[3].Describe(), "HTTP 200");  // redirect followed
  EXPECT_EQ(results[4].Describe(), "timed out after 100 ms");
  EXPECT_EQ(results[5].Describe(), "Couldn't connect to server");
  EXPECT_TRUE(results[0].ok());
  EXPECT_FALSE(results[1].ok());
  EXPECT_FALSE(results[4].ok());
}

TEST(CheckExternalUrlsTest, RespectsPerHostLimit) {
  LocalHttpServer server;
  ExternalOptions options;
  options.per_host = 2;
  std::vector<std::string> urls;
  for (int i = 0; i < 12; ++i) urls.push_back(server.Url("/busy/" + std::to_string(i)));
  MemoryFileSystem fs;
  FakeClock clock(0);
  std::vector<ExternalResult> results = CheckExternalUrls(urls, options, fs, clock);
  for (const ExternalResult& r : results) EXPECT_TRUE(r.ok()) << r.Describe();
  EXPECT_EQ(server.requests(), 12);
  EXPECT_LE(server.max_active(), 2);
}

TEST(CheckExternalUrlsTest, CacheSkipsFreshSuccesses) {
  LocalHttpServer server;
  ExternalOptions options;
  options.cache_file = "cache.json";
  options.cache_ttl_seconds = 60;
  MemoryFileSystem fs;
  FakeClock clock(1000LL * 1'000'000'000);
  std::vector<std::string> urls = {server.Url("/ok"), server.Url("/missing")};
  CheckExternalUrls(urls, options, fs, clock);
  EXPECT_EQ(server.requests(), 2);
  ASSERT_OK_AND_ASSIGN(std::string cache, fs.ReadFile("cache.json"));
  EXPECT_EQ(cache, "{\n \"entries\": {\n  \"" + urls[0] +
                       "\": {\n   \"checked\": 1000,\n   \"status\": 200\n  }\n }\n}\n");

  // Within the TTL only the failure is asked again.
  clock.Advance(30LL * 1'000'000'000);
  std::vector<ExternalResult> again = CheckExternalUrls(urls, options, fs, clock);
  EXPECT_EQ(server.requests(), 3);
  EXPECT_EQ(again[0].Describe(), "HTTP 200");
  EXPECT_EQ(again[1].Describe(), "HTTP 404");

  // After it, everything is.
  clock.Advance(60LL * 1'000'000'000);
  CheckExternalUrls(urls, options, fs, clock);
  EXPECT_EQ(server.requests(), 5);
}

TEST(CheckExternalUrlsTest, RunCheckReportsEveryUse) {
  LocalHttpServer server;
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("public/index.html", "<a href=\"" + server.Url("/missing") +
                                                  "#x\">a</a>\n<a href=\"" + server.Url("/ok") +
                                                  "\">b</a>"));
  ASSERT_OK(fs.WriteFile("public/p.html", "<p><a href=\"" + server.Url("/missing") + "\">c</a>"));
  CheckOptions options;
  options.dir = "public";
  options.external.enabled = true;
  FakeClock clock(0);
  ASSERT_OK_AND_ASSIGN(CheckReport report, RunCheck(options, fs, clock));
  EXPECT_EQ(report.external_checked, 2);
  ASSERT_EQ(report.findings.size(), 2u);
  EXPECT_EQ(report.findings[0].file, "index.html");
  EXPECT_EQ(report.findings[0].line, 1);
  EXPECT_EQ(report.findings[0].rule, Rule::kExternalLink);
  EXPECT_EQ(report.findings[0].message, "\"" + server.Url("/missing") + "#x\": HTTP 404");
  EXPECT_EQ(report.findings[1].file, "p.html");
  EXPECT_EQ(server.requests(), 2);  // each URL once
}

}  // namespace
}  // namespace kiln::check
