// End-to-end: kiln deploy through libcurl against a real S3-compatible server
// (@20minutes/s3rver, which checks SigV4 signatures), started by the test on a free port of
// 127.0.0.1 and stopped afterwards. Needs `npm ci` to have installed node_modules.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <sstream>

#include "deploy/bucket_listing.h"
#include "deploy/crypto.h"
#include "deploy/curl_transport.h"
#include "deploy/deployer.h"
#include "deploy/gzip.h"
#include "deploy/html_references.h"
#include "deploy/manifest.h"
#include "deploy/s3_client.h"
#include "testing/status_matchers.h"

extern char** environ;

namespace kiln::deploy {
namespace {

// The server process: started once for the whole suite.
class S3rver {
 public:
  static Status Start(S3rver* out) {
    if (!std::filesystem::exists("node_modules/@20minutes/s3rver/lib/cli.js")) {
      return FailedPreconditionError(
          "node_modules/@20minutes/s3rver is missing: run `npm ci` in the repository root");
    }
    char data_template[] = "/tmp/kiln-s3rver-XXXXXX";
    out->data_dir_ = mkdtemp(data_template);
    int fds[2];
    if (pipe(fds) != 0) return IoError("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<std::string> args = {"node",     "tools/deploy/start-s3rver.js",
                                     "-d",       out->data_dir_,
                                     "-a",       "127.0.0.1",
                                     "-p",       "0",
                                     "--silent", "--configure-bucket",
                                     "site"};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_strings = {"NODE_OPTIONS=--openssl-legacy-provider"};
    for (char** e = environ; *e != nullptr; ++e) {
      if (!std::string_view(*e).starts_with("NODE_OPTIONS=")) env_strings.push_back(*e);
    }
    std::vector<char*> envp;
    for (std::string& e : env_strings) envp.push_back(e.data());
    envp.push_back(nullptr);
    int rc = posix_spawnp(&out->pid_, "node", &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0) return IoError("could not start node: " + std::string(strerror(rc)));
    // Wait for "S3rver listening on 127.0.0.1:PORT".
    std::string output;
    char buf[256];
    ssize_t n;
    while (output.find('\n', output.find("listening on")) == std::string::npos &&
           (n = read(fds[0], buf, sizeof(buf))) > 0) {
      output.append(buf, n);
    }
    out->stdout_fd_ = fds[0];
    size_t colon = output.rfind(':');
    if (output.find("listening on") == std::string::npos || colon == std::string::npos) {
      return IoError("s3rver did not start: " + output);
    }
    out->endpoint_ = "http://127.0.0.1:" + std::to_string(std::stoi(output.substr(colon + 1)));
    return Status::Ok();
  }

  void Stop() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
      pid_ = 0;
    }
    if (stdout_fd_ >= 0) close(stdout_fd_);
    if (!data_dir_.empty()) std::filesystem::remove_all(data_dir_);
  }

  const std::string& endpoint() const { return endpoint_; }

 private:
  pid_t pid_ = 0;
  int stdout_fd_ = -1;
  std::string data_dir_;
  std::string endpoint_;
};

class S3rverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new S3rver;
    start_status_ = new Status(S3rver::Start(server_));
  }
  static void TearDownTestSuite() {
    server_->Stop();
    delete server_;
    delete start_status_;
  }

  void SetUp() override {
    ASSERT_OK(*start_status_);
    char site_template[] = "/tmp/kiln-deploy-site-XXXXXX";
    site_dir_ = mkdtemp(site_template);
    ValueMap target{{"name", Value::String("local")},
                    {"url", Value::String("s3://site?region=us-east-1&s3ForcePathStyle=true&"
                                          "prefix=" +
                                          prefix_ + "&endpoint=" + server_->endpoint())}};
    ValueMap matcher{{"pattern", Value::String("\\.css$")},
                     {"cacheControl", Value::String("max-age=31536000, no-transform, public")},
                     {"gzip", Value::Bool(true)}};
    ASSERT_OK_AND_ASSIGN(
        config_,
        ParseDeploymentConfig(Value::Map({{"targets", Value::List({Value::Map(target)})},
                                          {"matchers", Value::List({Value::Map(matcher)})}})));
    options_.publish_dir = site_dir_ + "/public";
    options_.site_dir = site_dir_;
    env_.env = {{"AWS_ACCESS_KEY_ID", "S3RVER"}, {"AWS_SECRET_ACCESS_KEY", "S3RVER"}};
    env_.fs = &fs_;
    env_.transport = &transport_;
    env_.clock = &clock_;
    env_.sleeper = &sleeper_;
    env_.out = &out_;
    env_.err = &err_;
    env_.retry.base_delay_ns = 10'000'000;
    env_.list_page_size = 2;  // several pages, so continuation tokens are exercised
  }
  void TearDown() override { std::filesystem::remove_all(site_dir_); }

  void Write(const std::string& path, const std::string& data) {
    ASSERT_OK(fs_.WriteFile(options_.publish_dir + "/" + path, data));
  }
  StatusOr<DeployResult> Deploy() {
    out_.str("");
    return RunDeploy(options_, config_, env_);
  }
  S3Client Client(const std::string& secret) {
    return S3Client(&transport_, {server_->endpoint(), "site", "us-east-1", true},
                    {"S3RVER", secret, ""}, &clock_, &backoff_);
  }
  std::set<std::string> Keys() {
    S3Client s3 = Client("S3RVER");
    StatusOr<std::vector<RemoteObject>> objects = s3.ListObjects(prefix_);
    EXPECT_OK(objects.status());
    std::set<std::string> keys;
    if (objects.ok()) {
      for (const RemoteObject& o : *objects) keys.insert(o.key.substr(prefix_.size()));
    }
    return keys;
  }

  static S3rver* server_;
  static Status* start_status_;
  std::string prefix_ =
      std::string("t-") + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "/";
  std::string site_dir_;
  RealFileSystem fs_;
  CurlTransport transport_;
  RealClock clock_;
  RealSleeper sleeper_;
  Backoff backoff_{{}, &sleeper_, 1};
  std::ostringstream out_, err_;
  DeploymentConfig config_;
  DeployOptions options_;
  DeployEnvironment env_;
};

S3rver* S3rverTest::server_ = nullptr;
Status* S3rverTest::start_status_ = nullptr;

TEST_F(S3rverTest, UploadsAllThenNothingThenOneThenDeletes) {
  Write("index.html", "<link rel=stylesheet href=/css/site.css><a href=\"/a b/\">x</a>");
  Write("a b/index.html", "<p>space in the path</p>");
  Write("css/site.css", "body { color: black }");
  Write("ünï+code.txt", "utf-8 name");
  Write("img/logo.png", std::string(3000, 'x'));
  ASSERT_OK_AND_ASSIGN(DeployResult first, Deploy());
  EXPECT_EQ(first.uploaded, 5u);
  EXPECT_EQ(Keys(), (std::set<std::string>{".kiln/manifest.json", "a b/index.html", "css/site.css",
                                           "img/logo.png", "index.html", "ünï+code.txt"}));

  ASSERT_OK_AND_ASSIGN(DeployResult second, Deploy());
  EXPECT_EQ(second.uploaded, 0u);
  EXPECT_NE(out_.str().find("No changes required."), std::string::npos) << out_.str();

  Write("img/logo.png", std::string(3000, 'y'));
  ASSERT_OK_AND_ASSIGN(DeployResult third, Deploy());
  EXPECT_EQ(third.uploaded, 1u);

  std::filesystem::remove(options_.publish_dir + "/ünï+code.txt");
  ASSERT_OK_AND_ASSIGN(DeployResult fourth, Deploy());
  EXPECT_EQ(fourth.uploaded, 0u);
  EXPECT_EQ(fourth.deleted, 1u);
  EXPECT_FALSE(Keys().contains("ünï+code.txt"));
}

TEST_F(S3rverTest, ManifestIsStoredGzippedAndPlainOnesAreStillRead) {
  Write("index.html", "<p>hi</p>");
  Write("css/site.css", "body { color: black }");
  ASSERT_OK(Deploy().status());
  S3Client s3 = Client("S3RVER");
  const std::string key = prefix_ + kManifestKey;
  ASSERT_OK_AND_ASSIGN(ObjectHead head, s3.HeadObject(key));
  EXPECT_EQ(head.headers, (ObjectHeaders{"no-store", "application/json", "gzip"}));
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> body, s3.GetObject(key));
  ASSERT_TRUE(body && IsGzip(*body));
  ASSERT_OK_AND_ASSIGN(Manifest manifest, DecodeManifest(*body));
  EXPECT_TRUE(manifest.complete);
  EXPECT_EQ(manifest.objects.size(), 2u);

  // Stored as earlier deploys did, plain JSON: a trusting deploy reads it and changes nothing.
  ASSERT_OK_AND_ASSIGN(std::string json, Gunzip(*body));
  ASSERT_OK(s3.PutObject(key, json, {"no-store", "application/json", ""}, Md5Hex(json)));
  options_.trust_manifest = true;
  ASSERT_OK_AND_ASSIGN(DeployResult again, Deploy());
  EXPECT_EQ(again.uploaded, 0u);
  EXPECT_EQ(err_.str(), "");
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> kept, s3.GetObject(key));
  EXPECT_TRUE(kept == json) << "a current manifest is not rewritten";
}

TEST_F(S3rverTest, HeadersReadBackAsConfigured) {
  Write("index.html", "<p>hi</p>");
  Write("css/site.css", "body { color: black }");
  ASSERT_OK(Deploy().status());
  S3Client s3 = Client("S3RVER");
  ASSERT_OK_AND_ASSIGN(ObjectHead page, s3.HeadObject(prefix_ + "index.html"));
  EXPECT_EQ(page.headers, (ObjectHeaders{"public, max-age=300", "text/html; charset=utf-8", ""}));
  EXPECT_EQ(page.md5chksum, Md5Hex("<p>hi</p>"));
  EXPECT_EQ(page.etag, Md5Hex("<p>hi</p>"));
  ASSERT_OK_AND_ASSIGN(ObjectHead css, s3.HeadObject(prefix_ + "css/site.css"));
  EXPECT_EQ(css.headers, (ObjectHeaders{"max-age=31536000, no-transform, public",
                                        "text/css; charset=utf-8", "gzip"}));
  EXPECT_EQ(css.md5chksum, css.etag);
}

TEST_F(S3rverTest, LargeFileGoesUpInParts) {
  std::string big(11 << 20, 'v');
  for (size_t i = 0; i < big.size(); i += 4099) big[i] = static_cast<char>('a' + i % 26);
  Write("video.mp4", big);
  Write("index.html", "<video src=/video.mp4></video>");
  options_.multipart_threshold = 5 << 20;  // three parts
  ASSERT_OK_AND_ASSIGN(DeployResult first, Deploy());
  EXPECT_EQ(first.uploaded, 2u);
  S3Client s3 = Client("S3RVER");
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> body, s3.GetObject(prefix_ + "video.mp4"));
  EXPECT_TRUE(body == big);
  ASSERT_OK_AND_ASSIGN(ObjectHead head, s3.HeadObject(prefix_ + "video.mp4"));
  EXPECT_EQ(head.md5chksum, Md5Hex(big));
  EXPECT_EQ(head.headers, (ObjectHeaders{"public, max-age=3600", "video/mp4", ""}));
  ASSERT_OK_AND_ASSIGN(DeployResult second, Deploy());
  EXPECT_EQ(second.uploaded, 0u);
}

TEST_F(S3rverTest, RangeListingEqualsSequentialListing) {
  S3Client s3 = Client("S3RVER");
  std::vector<std::string> keys;
  for (int i = 0; i < 40; ++i) {
    keys.push_back(prefix_ + "d" + std::to_string(i % 3) + "/k" + std::to_string(100 + i) +
                   (i % 5 == 0 ? "/index.html" : ".css"));
  }
  std::sort(keys.begin(), keys.end());
  for (const std::string& k : keys) ASSERT_OK(s3.PutObject(k, "x", {}, Md5Hex("x")));
  ASSERT_OK_AND_ASSIGN(std::vector<RemoteObject> sequential, s3.ListObjects(prefix_, 4));
  ASSERT_EQ(sequential.size(), keys.size());
  std::vector<std::string> every_other, with_missing = keys;
  for (size_t i = 0; i < keys.size(); i += 2) every_other.push_back(keys[i]);
  with_missing.push_back(prefix_ + "d1/k1000.css");
  with_missing.push_back(prefix_ + "zz.html");
  for (const std::vector<std::string>& expected :
       {keys, every_other, with_missing, std::vector<std::string>{},
        std::vector<std::string>(keys.begin() + 10, keys.begin() + 20)}) {
    ASSERT_OK_AND_ASSIGN(std::vector<RemoteObject> ranged, ListBucket(s3, prefix_, expected, 4, 3));
    std::vector<std::string> got;
    for (const RemoteObject& o : ranged) got.push_back(o.key);
    EXPECT_EQ(got, keys) << expected.size() << " expected keys";
  }
}

TEST_F(S3rverTest, WrongSecretFailsClearlyAndChangesNothing) {
  Write("index.html", "<p>v1</p>");
  ASSERT_OK(Deploy().status());
  const std::set<std::string> before = Keys();
  Write("index.html", "<p>v2</p>");
  Write("new.html", "<p>new</p>");
  env_.env["AWS_SECRET_ACCESS_KEY"] = "not-the-secret";
  StatusOr<DeployResult> result = Deploy();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(result.status().message(),
            "ListObjectsV2 (s3://site): S3 rejected the request signature (SignatureDoesNotMatch): "
            "the secret access key does not match access key ID S3RVER");
  EXPECT_EQ(result.status().ToString().find("not-the-secret"), std::string::npos);
  EXPECT_EQ(Keys(), before);
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> body,
                       Client("S3RVER").GetObject(prefix_ + "index.html"));
  EXPECT_EQ(body, "<p>v1</p>");
}

TEST_F(S3rverTest, MissingBucketIsNamed) {
  config_.targets[0].bucket.bucket = "no-such-bucket";
  Write("index.html", "x");
  StatusOr<DeployResult> result = Deploy();
  EXPECT_EQ(result.status().message(),
            "ListObjectsV2 (s3://no-such-bucket): the bucket \"no-such-bucket\" does not exist");
}

TEST_F(S3rverTest, TlsFailureIsClearAndNotRetried) {
  // https:// to a plain-HTTP server: the TLS handshake fails.
  std::string https = "https://" + server_->endpoint().substr(7);
  config_.targets[0].bucket.endpoint = https;
  Write("index.html", "x");
  StatusOr<DeployResult> result = Deploy();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_TRUE(result.status().message().starts_with(
      "ListObjectsV2 (s3://site): TLS failure talking to " + https + "/site?list-type=2"))
      << result.status().message();
}

}  // namespace
// Runs `kiln deploy` on the site as a child process; stops it with `sig` once the bucket holds
// `stop_at` objects (0: never). Returns the wait status; the child's stderr goes to `err`.
int RunKilnDeploy(const std::string& site_dir, int sig, size_t stop_at,
                  const std::function<size_t()>& count, std::string* err) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  std::vector<std::string> args = {KILN_BINARY, "deploy", "--workers", "2", "-s", site_dir};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_strings = {"AWS_ACCESS_KEY_ID=S3RVER",
                                          "AWS_SECRET_ACCESS_KEY=S3RVER", "HOME=" + site_dir};
  std::vector<char*> envp;
  for (std::string& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, KILN_BINARY, &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    return -1;
  }
  if (stop_at > 0) {
    while (count() < stop_at && waitpid(pid, nullptr, WNOHANG) == 0) {
    }
    kill(pid, sig);
  }
  char buf[512];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof(buf))) > 0) err->append(buf, n);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

TEST_F(S3rverTest, SignalsMidUploadLeavePagesWholeAndRerunFinishes) {
  const std::string config =
      "baseURL = \"http://example.org/\"\n[[deployment.targets]]\nname = \"local\"\n"
      "url = \"s3://site?region=us-east-1&s3ForcePathStyle=true&prefix=" +
      prefix_ + "&endpoint=" + server_->endpoint() + "\"\n";
  ASSERT_OK(fs_.WriteFile(site_dir_ + "/config.toml", config));
  for (int sig : {SIGINT, SIGKILL}) {
    std::string tag = sig == SIGINT ? "a" : "b";
    for (int i = 0; i < 150; ++i) {
      std::string n = tag + std::to_string(i);
      Write("img/" + n + ".png", std::string(20000, static_cast<char>('a' + i % 26)));
      Write(n + ".html", "<img src=/img/" + n + ".png><a href=/" + tag + "0.html>x</a>");
    }
    std::string err;
    int status = RunKilnDeploy(
        site_dir_, sig, 40, [&] { return Keys().size(); }, &err);
    if (sig == SIGINT) {
      ASSERT_TRUE(WIFEXITED(status)) << err;
      EXPECT_EQ(WEXITSTATUS(status), 1) << err;
      EXPECT_NE(err.find("Error: interrupted"), std::string::npos) << err;
    } else {
      EXPECT_TRUE(WIFSIGNALED(status)) << err;
    }
    std::set<std::string> keys = Keys();
    S3Client s3 = Client("S3RVER");
    for (const std::string& key : keys) {
      if (!key.ends_with(".html")) continue;
      ASSERT_OK_AND_ASSIGN(std::optional<std::string> body, s3.GetObject(prefix_ + key));
      ASSERT_TRUE(body.has_value());
      HtmlReferences refs = FindHtmlReferences(*body, key);
      for (const auto* list : {&refs.loads, &refs.links}) {
        for (const std::string& ref : *list) {
          EXPECT_TRUE(keys.contains(ref)) << key << " refers to missing " << ref;
        }
      }
    }
    err.clear();
    status = RunKilnDeploy(site_dir_, 0, 0, nullptr, &err);
    ASSERT_TRUE(WIFEXITED(status)) << err;
    EXPECT_EQ(WEXITSTATUS(status), 0) << err;
    EXPECT_EQ(Keys().size(), (sig == SIGINT ? 300u : 600u) + 1) << err;
  }
}

}  // namespace kiln::deploy
