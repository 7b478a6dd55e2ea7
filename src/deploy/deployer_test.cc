#include "deploy/deployer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "base/strings.h"
#include "deploy/crypto.h"
#include "deploy/fake_s3.h"
#include "deploy/fault_transport.h"
#include "deploy/gzip.h"
#include "deploy/html_references.h"
#include "deploy/local_files.h"
#include "deploy/manifest.h"
#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

constexpr char kCloudFront[] = "http://cloudfront.test";

class NoSleep final : public Sleeper {
 public:
  void SleepFor(int64_t) override {}
};

// Sends CloudFront requests to a recorder and everything else to the fake S3.
class Router final : public HttpTransport {
 public:
  explicit Router(HttpTransport* s3) : s3_(s3) {}
  StatusOr<HttpResponse> Send(const HttpRequest& request) override {
    if (request.endpoint != kCloudFront) return s3_->Send(request);
    std::lock_guard<std::mutex> lock(mu_);
    cloudfront.push_back(request);
    return HttpResponse{201, {}, "<Invalidation><Id>I2J0I21PCUYOIK</Id></Invalidation>"};
  }
  std::vector<HttpRequest> cloudfront;

 private:
  HttpTransport* s3_;
  std::mutex mu_;
};

Value Str(std::string s) { return Value::String(std::move(s)); }

DeploymentConfig TestConfig(bool with_cdn = true) {
  ValueMap target{
      {"name", Str("production")},
      {"URL",
       Str("s3://site?region=eu-west-1&endpoint=http://fake-s3.test&s3ForcePathStyle=true")}};
  if (with_cdn) target["cloudFrontDistributionID"] = Str("E2EXAMPLE");
  ValueMap deployment{
      {"targets", Value::List({Value::Map(target)})},
      {"matchers",
       Value::List({Value::Map({{"pattern", Str("\\.svg$")}, {"gzip", Value::Bool(true)}})})}};
  StatusOr<DeploymentConfig> config = ParseDeploymentConfig(Value::Map(deployment));
  EXPECT_TRUE(config.ok()) << config.status().ToString();
  return std::move(config).value();
}

// A small site: pages that load a stylesheet, a script and images, and link to each other.
void WriteSiteV1(MemoryFileSystem* fs) {
  ASSERT_OK(fs->WriteFile("site/public/index.html",
                          "<link rel=stylesheet href=\"/css/main.0123abcd.css\"><img src=logo.svg>"
                          "<a href=\"/posts/a/\">A</a>"));
  ASSERT_OK(
      fs->WriteFile("site/public/posts/a/index.html",
                    "<link rel=stylesheet href=\"/css/main.0123abcd.css\"><a href=\"/\">home</a>"));
  ASSERT_OK(
      fs->WriteFile("site/public/css/main.0123abcd.css", "body{background:url(/img/bg.png)}"));
  ASSERT_OK(fs->WriteFile("site/public/img/bg.png", "PNG1"));
  ASSERT_OK(fs->WriteFile("site/public/logo.svg", "<svg/>"));
  ASSERT_OK(fs->WriteFile("site/public/index.xml", "<rss/>"));
  ASSERT_OK(fs->WriteFile("site/public/404.html", "<p>not found</p>"));
  ASSERT_OK(fs->WriteFile("site/public/.hidden/x", "skip me"));
}

// The next version: a new stylesheet and image, a new post that the home page links to, an
// old post and the old stylesheet gone.
void WriteSiteV2(MemoryFileSystem* fs) {
  ASSERT_OK(fs->RemoveAll("site/public"));
  ASSERT_OK(fs->WriteFile("site/public/index.html",
                          "<link rel=stylesheet href=\"/css/main.89abcdef.css\"><img src=logo.svg>"
                          "<a href=\"/posts/b/\">B</a>"));
  ASSERT_OK(
      fs->WriteFile("site/public/posts/b/index.html",
                    "<link rel=stylesheet href=\"/css/main.89abcdef.css\"><img src=\"/img/b.jpg\">"
                    "<a href=\"/\">home</a>"));
  ASSERT_OK(fs->WriteFile("site/public/css/main.89abcdef.css",
                          "body{background:url(/img/bg.png);color:red}"));
  ASSERT_OK(fs->WriteFile("site/public/img/bg.png", "PNG1"));
  ASSERT_OK(fs->WriteFile("site/public/img/b.jpg", "JPEG"));
  ASSERT_OK(fs->WriteFile("site/public/logo.svg", "<svg/>"));
  ASSERT_OK(fs->WriteFile("site/public/index.xml", "<rss><item/></rss>"));
  ASSERT_OK(fs->WriteFile("site/public/404.html", "<p>not found</p>"));
}

class DeployTest : public ::testing::Test {
 protected:
  DeployTest()
      : s3_("site", {"AKIDEXAMPLE", "SECRET", ""}),
        router_(&s3_),
        clock_(1795705299LL * 1'000'000'000) {
    options_.publish_dir = "site/public";
    options_.site_dir = "site";
    env_.env = {{"AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"}, {"AWS_SECRET_ACCESS_KEY", "SECRET"}};
    env_.fs = &fs_;
    env_.transport = &router_;
    env_.clock = &clock_;
    env_.sleeper = &sleeper_;
    env_.out = &out_;
    env_.err = &err_;
    env_.cloudfront_endpoint = kCloudFront;
    env_.list_page_size = 3;  // exercises paging
  }

  StatusOr<DeployResult> Deploy(HttpTransport* transport = nullptr) {
    out_.str("");
    err_.str("");
    DeployEnvironment env = env_;
    if (transport != nullptr) env.transport = transport;
    return RunDeploy(options_, config_, env);
  }

  std::set<std::string> Keys() const {
    std::set<std::string> keys;
    for (const auto& [k, v] : s3_.Objects()) keys.insert(k);
    return keys;
  }

  // Every page in the bucket loads and links only objects that exist.
  void ExpectPagesWhole(const std::string& when) {
    std::map<std::string, FakeObject> objects = s3_.Objects();
    for (const auto& [key, object] : objects) {
      if (!key.ends_with(".html")) continue;
      HtmlReferences refs = FindHtmlReferences(object.body, key);
      for (const auto* list : {&refs.loads, &refs.links}) {
        for (const std::string& ref : *list) {
          EXPECT_TRUE(objects.contains(ref)) << when << ": " << key << " refers to missing " << ref;
        }
      }
    }
  }

  MemoryFileSystem fs_;
  FakeS3 s3_;
  Router router_;
  FakeClock clock_;
  NoSleep sleeper_;
  std::ostringstream out_, err_;
  DeployOptions options_;
  DeployEnvironment env_;
  DeploymentConfig config_ = TestConfig();
};

TEST_F(DeployTest, FirstDeployUploadsAllThenNothingThenOneChange) {
  WriteSiteV1(&fs_);
  ASSERT_OK_AND_ASSIGN(DeployResult first, Deploy());
  EXPECT_EQ(first.uploaded, 7u);
  EXPECT_EQ(Keys(), (std::set<std::string>{".kiln/manifest.json", "404.html",
                                           "css/main.0123abcd.css", "img/bg.png", "index.html",
                                           "index.xml", "logo.svg", "posts/a/index.html"}));
  EXPECT_TRUE(router_.cloudfront.empty()) << "a first deploy has nothing cached to invalidate";

  ASSERT_OK_AND_ASSIGN(DeployResult second, Deploy());
  EXPECT_EQ(second.uploaded, 0u);
  EXPECT_EQ(out_.str(),
            "Deploying to target \"production\" "
            "(s3://site?region=eu-west-1&endpoint=http://fake-s3.test&s3ForcePathStyle=true)\nNo "
            "changes required.\n");

  ASSERT_OK(fs_.WriteFile("site/public/index.xml", "<rss>new</rss>"));
  s3_.ClearWrites();
  ASSERT_OK_AND_ASSIGN(DeployResult third, Deploy());
  EXPECT_EQ(third.uploaded, 1u);
  EXPECT_EQ(s3_.Writes(), (std::vector<std::string>{"PUT .kiln/manifest.json", "PUT index.xml",
                                                    "PUT .kiln/manifest.json"}));
  ASSERT_EQ(router_.cloudfront.size(), 1u);
  EXPECT_EQ(router_.cloudfront[0].path, "/2020-05-31/distribution/E2EXAMPLE/invalidation");
  EXPECT_EQ(router_.cloudfront[0].body,
            "<InvalidationBatch xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">"
            "<Paths><Quantity>1</Quantity><Items><Path>/index.xml</Path></Items></Paths>"
            "<CallerReference>kiln-20261126T150139Z</CallerReference></InvalidationBatch>");
  EXPECT_EQ(third.invalidation_id, "I2J0I21PCUYOIK");
}

TEST_F(DeployTest, HeadersAndGzipAsConfigured) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  std::map<std::string, FakeObject> objects = s3_.Objects();
  EXPECT_EQ(objects["index.html"].headers,
            (ObjectHeaders{"public, max-age=300", "text/html; charset=utf-8", ""}));
  EXPECT_EQ(objects["404.html"].headers.cache_control, "public, max-age=60");
  EXPECT_EQ(objects["css/main.0123abcd.css"].headers,
            (ObjectHeaders{"public, max-age=31536000, immutable", "text/css; charset=utf-8", ""}));
  EXPECT_EQ(objects["img/bg.png"].headers,
            (ObjectHeaders{"public, max-age=3600", "image/png", ""}));
  EXPECT_EQ(objects["logo.svg"].headers.content_encoding, "gzip");
  EXPECT_EQ(objects["logo.svg"].body, GzipDeterministic("<svg/>"));
  EXPECT_EQ(objects["logo.svg"].md5chksum, Md5Hex(GzipDeterministic("<svg/>")));
}

// The site's [mediaTypes] decide before the built-in table; a matcher's contentType still wins.
TEST_F(DeployTest, SiteMediaTypesDecideContentType) {
  WriteSiteV1(&fs_);
  ASSERT_OK(fs_.WriteFile("site/public/data.foo", "x"));
  ASSERT_OK(AddSiteMediaTypes(
      Value::Map({{"text/x-mine", Value::Map({{"suffixes", Value::List({Str("png")})}})},
                  {"application/x-foo", Value::Map({{"suffixes", Str("foo")}})},
                  {"image/x-svg", Value::Map({{"suffixes", Value::List({Str("svg")})}})}}),
      &config_));
  config_.matchers[0].content_type = "image/svg+xml";
  ASSERT_OK(Deploy().status());
  std::map<std::string, FakeObject> objects = s3_.Objects();
  EXPECT_EQ(objects["data.foo"].headers.content_type, "application/x-foo");
  EXPECT_EQ(objects["img/bg.png"].headers.content_type, "text/x-mine");
  EXPECT_EQ(objects["logo.svg"].headers.content_type, "image/svg+xml");
  EXPECT_EQ(objects["index.html"].headers.content_type, "text/html; charset=utf-8");
}

TEST_F(DeployTest, HeaderOnlyChangeIsUploaded) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  config_.matchers.push_back(config_.matchers[0]);
  config_.matchers[0] =
      Matcher{"\\.png$", std::regex("\\.png$"), "max-age=5", "", "", false, false};
  s3_.ClearWrites();
  ASSERT_OK_AND_ASSIGN(DeployResult result, Deploy());
  EXPECT_EQ(result.uploaded, 1u);
  EXPECT_EQ(s3_.Writes()[1], "PUT img/bg.png");
  EXPECT_EQ(s3_.Objects()["img/bg.png"].headers.cache_control, "max-age=5");
}

TEST_F(DeployTest, HeaderChangeFoundByHeadWithoutManifest) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  FakeObject png = s3_.Objects()["img/bg.png"];
  png.headers.cache_control = "max-age=1";
  s3_.SetObject("img/bg.png", png);
  s3_.SetObject(".kiln/manifest.json", {"not json", {}, ""});
  s3_.ClearWrites();
  ASSERT_OK_AND_ASSIGN(DeployResult result, Deploy());
  EXPECT_EQ(result.uploaded, 1u);
  EXPECT_EQ(s3_.Writes()[1], "PUT img/bg.png");
  EXPECT_NE(err_.str().find("WARN unreadable deploy manifest"), std::string::npos) << err_.str();
}

// Raises the interrupt flag once `after` PUTs have been sent, as a SIGINT would mid-upload.
class InterruptAfterPuts final : public HttpTransport {
 public:
  InterruptAfterPuts(HttpTransport* next, int after) : next_(next), after_(after) {}
  StatusOr<HttpResponse> Send(const HttpRequest& request) override {
    StatusOr<HttpResponse> response = next_->Send(request);
    if (request.method == "PUT" && --after_ == 0) interrupted = true;
    return response;
  }
  std::atomic<bool> interrupted{false};

 private:
  HttpTransport* next_;
  std::atomic<int> after_;
};

TEST_F(DeployTest, ManifestIsStoredGzippedAndPlainOnesAreStillRead) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  FakeObject stored = s3_.Objects().at(".kiln/manifest.json");
  EXPECT_EQ(stored.headers, (ObjectHeaders{"no-store", "application/json", "gzip"}));
  EXPECT_TRUE(IsGzip(stored.body));
  ASSERT_OK_AND_ASSIGN(Manifest manifest, DecodeManifest(stored.body));
  EXPECT_TRUE(manifest.complete);
  EXPECT_EQ(manifest.objects.size(), 7u);

  // As earlier deploys stored it, plain JSON: still read, so no HEAD and nothing written.
  ASSERT_OK_AND_ASSIGN(std::string json, Gunzip(stored.body));
  s3_.SetObject(".kiln/manifest.json", {json, {"no-store", "application/json", ""}, ""});
  s3_.ClearWrites();
  std::vector<std::string> methods;
  FaultInjectingTransport recorder(&router_, [&](size_t, const HttpRequest& r) {
    methods.push_back(r.method);
    return Fault::kNone;
  });
  ASSERT_OK_AND_ASSIGN(DeployResult again, Deploy(&recorder));
  EXPECT_EQ(again.uploaded, 0u);
  EXPECT_EQ(err_.str(), "");
  EXPECT_EQ(std::count(methods.begin(), methods.end(), "HEAD"), 0) << Join(methods, " ");
  EXPECT_TRUE(s3_.Writes().empty());
}

TEST_F(DeployTest, InterruptStopsBetweenUploadsAndLeavesPagesWhole) {
  WriteSiteV1(&fs_);
  InterruptAfterPuts transport(&router_, 3);
  env_.interrupted = &transport.interrupted;
  StatusOr<DeployResult> stopped = Deploy(&transport);
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.status().ToString(),
            "interrupted\n  deploy stopped after 2 of 7 uploads; nothing that pages need was "
            "left missing, run kiln deploy again to finish");
  // One worker: the unfinished manifest and two site objects went up, then nothing more.
  EXPECT_EQ(Keys().size(), 3u);
  ExpectPagesWhole("interrupted");
  env_.interrupted = nullptr;
  ASSERT_OK(Deploy().status());
  ExpectPagesWhole("rerun");
}

TEST_F(DeployTest, DryRunPrintsPlanAndChangesNothing) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  WriteSiteV2(&fs_);
  options_.dry_run = true;
  s3_.ClearWrites();
  ASSERT_OK(Deploy().status());
  EXPECT_TRUE(s3_.Writes().empty());
  EXPECT_TRUE(router_.cloudfront.empty());
  EXPECT_EQ(
      out_.str(),
      "Deploying to target \"production\" "
      "(s3://site?region=eu-west-1&endpoint=http://fake-s3.test&s3ForcePathStyle=true)\n"
      "Identified 5 file(s) to upload, totaling 252 B, and 2 file(s) to delete.\n"
      "[DRY RUN] Would upload: img/b.jpg (4 B, Cache-Control: \"public, max-age=3600\", "
      "Content-Encoding: \"\", Content-Type: \"image/jpeg\"): not found at target\n"
      "[DRY RUN] Would upload: css/main.89abcdef.css (43 B, Cache-Control: \"public, "
      "max-age=31536000, immutable\", Content-Encoding: \"\", Content-Type: \"text/css; "
      "charset=utf-8\"): not found at target\n"
      "[DRY RUN] Would upload: index.xml (18 B, Cache-Control: \"public, max-age=300\", "
      "Content-Encoding: \"\", Content-Type: \"application/xml; charset=utf-8\"): size differs\n"
      "[DRY RUN] Would upload: posts/b/index.html (93 B, Cache-Control: \"public, max-age=300\", "
      "Content-Encoding: \"\", Content-Type: \"text/html; charset=utf-8\"): not found at target\n"
      "[DRY RUN] Would upload: index.html (94 B, Cache-Control: \"public, max-age=300\", "
      "Content-Encoding: \"\", Content-Type: \"text/html; charset=utf-8\"): md5 differs\n"
      "[DRY RUN] Would delete css/main.0123abcd.css\n"
      "[DRY RUN] Would delete posts/a/index.html\n"
      "[DRY RUN] Would invalidate CloudFront CDN with ID E2EXAMPLE: / /index.html /index.xml "
      "/posts/a/ /posts/a/index.html\n");
}

TEST_F(DeployTest, DeletesLastAndWithinMaxDeletes) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  WriteSiteV2(&fs_);
  options_.max_deletes = 1;
  ASSERT_OK_AND_ASSIGN(DeployResult capped, Deploy());
  EXPECT_EQ(capped.deleted, 0u);
  EXPECT_EQ(capped.skipped_deletes, 2u);
  EXPECT_TRUE(Keys().contains("posts/a/index.html"));
  EXPECT_NE(err_.str().find("WARN Skipping 2 deletes"), std::string::npos);

  options_.max_deletes = 256;
  s3_.ClearWrites();
  ASSERT_OK_AND_ASSIGN(DeployResult result, Deploy());
  EXPECT_EQ(result.deleted, 2u);
  EXPECT_EQ(s3_.Writes(),
            (std::vector<std::string>{"PUT .kiln/manifest.json", "DELETE css/main.0123abcd.css",
                                      "DELETE posts/a/index.html", "PUT .kiln/manifest.json"}));
}

TEST_F(DeployTest, UploadOrderKeepsPagesWhole) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  WriteSiteV2(&fs_);
  s3_.ClearWrites();
  options_.workers = 1;
  ASSERT_OK(Deploy().status());
  EXPECT_EQ(
      s3_.Writes(),
      (std::vector<std::string>{
          "PUT .kiln/manifest.json", "PUT img/b.jpg", "PUT css/main.89abcdef.css", "PUT index.xml",
          "PUT posts/b/index.html", "PUT index.html", "DELETE css/main.0123abcd.css",
          "DELETE posts/a/index.html", "PUT .kiln/manifest.json"}));
}

TEST_F(DeployTest, WrongSecretFailsClearlyAndChangesNothing) {
  WriteSiteV1(&fs_);
  env_.env["AWS_SECRET_ACCESS_KEY"] = "wrong-secret-value";
  StatusOr<DeployResult> result = Deploy();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(result.status().message(),
            "ListObjectsV2 (s3://site): S3 rejected the request signature (SignatureDoesNotMatch): "
            "the secret access key does not match access key ID AKIDEXAMPLE");
  EXPECT_EQ(result.status().ToString().find("wrong-secret-value"), std::string::npos);
  EXPECT_TRUE(s3_.Objects().empty());
}

TEST_F(DeployTest, MissingBucketAndMissingCredentials) {
  WriteSiteV1(&fs_);
  config_.targets[0].bucket.bucket = "nope";
  StatusOr<DeployResult> result = Deploy();
  EXPECT_EQ(result.status().message(),
            "ListObjectsV2 (s3://nope): the bucket \"nope\" does not exist");
  env_.env.clear();
  EXPECT_EQ(Deploy().status().message(),
            "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE "
            "with ~/.aws/credentials");
}

TEST_F(DeployTest, CredentialsFromDotEnvAndProfile) {
  WriteSiteV1(&fs_);
  env_.env.clear();
  ASSERT_OK(fs_.WriteFile(
      "site/.env",
      "# deploy keys\nAWS_ACCESS_KEY_ID=AKIDEXAMPLE\nexport AWS_SECRET_ACCESS_KEY=\"SECRET\"\n"));
  ASSERT_OK(Deploy().status());
  ASSERT_OK(fs_.RemoveAll("site/.env"));
  env_.env = {{"HOME", "/home/u"}, {"AWS_PROFILE", "deploy"}};
  ASSERT_OK(
      fs_.WriteFile("/home/u/.aws/credentials",
                    "[default]\naws_access_key_id = X\naws_secret_access_key = Y\n"
                    "[deploy]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = SECRET\n"));
  ASSERT_OK(Deploy().status());
}

TEST_F(DeployTest, LargeSiteIsListedInParallelRanges) {
  for (int i = 0; i < 2500; ++i) {
    ASSERT_OK(
        fs_.WriteFile("site/public/p" + std::to_string(i % 7) + "/" + std::to_string(i) + ".txt",
                      std::to_string(i)));
  }
  env_.list_page_size = 100;  // 27 ranges
  ASSERT_OK_AND_ASSIGN(DeployResult first, Deploy());
  EXPECT_EQ(first.uploaded, 2500u);
  ASSERT_OK_AND_ASSIGN(DeployResult second, Deploy());
  EXPECT_EQ(second.uploaded, 0u);
  // Remove files at and around where the ranges split: each must still be found and deleted.
  for (const char* gone :
       {"site/public/p0/0.txt", "site/public/p3/1242.txt", "site/public/p6/993.txt"}) {
    ASSERT_OK(fs_.RemoveAll(gone));
  }
  ASSERT_OK_AND_ASSIGN(DeployResult third, Deploy());
  EXPECT_EQ(third.uploaded, 0u);
  EXPECT_EQ(third.deleted, 3u);
  EXPECT_EQ(s3_.Objects().size(), 2498u);  // 2497 files and the manifest
}

TEST_F(DeployTest, LargeFilesGoUpInPartsAndAreComparedByTheirMd5) {
  WriteSiteV1(&fs_);
  std::string big(6 << 20, 'b');
  big[12345] = 'x';
  ASSERT_OK(fs_.WriteFile("site/public/video.mp4", big));
  options_.multipart_threshold = 5 << 20;
  ASSERT_OK_AND_ASSIGN(DeployResult first, Deploy());
  EXPECT_EQ(first.uploaded, 8u);
  FakeObject video = s3_.Objects().at("video.mp4");
  EXPECT_EQ(video.body, big);
  EXPECT_TRUE(video.etag.ends_with("-2")) << video.etag;  // not an MD5
  EXPECT_EQ(video.md5chksum, Md5Hex(big));
  EXPECT_EQ(s3_.PendingUploads(), 0u);
  ASSERT_OK_AND_ASSIGN(DeployResult second, Deploy());
  EXPECT_EQ(second.uploaded, 0u) << out_.str();

  // Without the manifest, HEAD reads the md5chksum metadata; without that too (another tool
  // uploaded it in parts), the MD5 is unknown and the file goes up again.
  std::map<std::string, FakeObject> objects = s3_.Objects();
  objects.erase(".kiln/manifest.json");
  for (const std::string& md5chksum : {Md5Hex(big), std::string()}) {
    FakeS3 other("site", {"AKIDEXAMPLE", "SECRET", ""});
    for (const auto& [k, v] : objects) other.SetObject(k, v);
    FakeObject copy = video;
    copy.md5chksum = md5chksum;
    other.SetObject("video.mp4", copy);
    Router router(&other);
    ASSERT_OK_AND_ASSIGN(DeployResult again, Deploy(&router));
    EXPECT_EQ(again.uploaded, md5chksum.empty() ? 1u : 0u) << md5chksum;
  }
}

TEST_F(DeployTest, TrustManifestSkipsListingButNoticesIncompleteManifests) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  options_.trust_manifest = true;
  FaultInjectingTransport counter(&router_,
                                  [](size_t, const HttpRequest&) { return Fault::kNone; });
  ASSERT_OK_AND_ASSIGN(DeployResult same, Deploy(&counter));
  EXPECT_EQ(same.uploaded, 0u);
  EXPECT_EQ(counter.requests(), 1u) << "one GET of the manifest, no listing";

  // Something other than kiln removes an object: a trusted manifest cannot know (documented),
  // a listing deploy does, and repairs it.
  std::map<std::string, FakeObject> objects = s3_.Objects();
  objects.erase("img/bg.png");
  FakeS3 tampered("site", {"AKIDEXAMPLE", "SECRET", ""});
  for (const auto& [k, v] : objects) tampered.SetObject(k, v);
  Router router(&tampered);
  ASSERT_OK_AND_ASSIGN(DeployResult trusted, Deploy(&router));
  EXPECT_EQ(trusted.uploaded, 0u);
  options_.trust_manifest = false;
  ASSERT_OK_AND_ASSIGN(DeployResult listed, Deploy(&router));
  EXPECT_EQ(listed.uploaded, 1u);
}

TEST_F(DeployTest, ConfirmNoCancels) {
  WriteSiteV1(&fs_);
  std::istringstream answer("n\n");
  env_.in = &answer;
  options_.confirm = true;
  EXPECT_EQ(Deploy().status().message(), "deploy cancelled");
  EXPECT_TRUE(s3_.Objects().empty());
  std::istringstream yes("\n");
  env_.in = &yes;
  ASSERT_OK(Deploy().status());
  EXPECT_NE(out_.str().find("Continue? (Y/n) "), std::string::npos);
}

struct FaultCase {
  const char* name;
  Fault fault;
};

class DeployFaultTest : public DeployTest, public ::testing::WithParamInterface<FaultCase> {};

TEST_P(DeployFaultTest, RetriesTransientFaults) {
  WriteSiteV1(&fs_);
  // Every third request fails once; retries must absorb it.
  std::set<std::string> failed;
  FaultInjectingTransport faulty(&router_, [&](size_t i, const HttpRequest& r) {
    std::string id = r.method + r.path + std::to_string(r.body.size());
    if (i % 3 == 0 && failed.insert(id).second) return GetParam().fault;
    return Fault::kNone;
  });
  ASSERT_OK_AND_ASSIGN(DeployResult result, Deploy(&faulty));
  EXPECT_EQ(result.uploaded, 7u);
  ASSERT_OK_AND_ASSIGN(DeployResult again, Deploy());
  EXPECT_EQ(again.uploaded, 0u);
}

INSTANTIATE_TEST_SUITE_P(Faults, DeployFaultTest,
                         ::testing::Values(FaultCase{"Drop", Fault::kDrop},
                                           FaultCase{"Timeout", Fault::kTimeout},
                                           FaultCase{"ServerError", Fault::kServerError},
                                           FaultCase{"SlowDown", Fault::kSlowDown},
                                           FaultCase{"CutMidBody", Fault::kCutMidBody}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST_F(DeployTest, PersistentFailureGivesUpAndSaysSo) {
  WriteSiteV1(&fs_);
  FaultInjectingTransport faulty(&router_, [](size_t, const HttpRequest& r) {
    return r.method == "PUT" && r.path.ends_with(".png") ? Fault::kSlowDown : Fault::kNone;
  });
  StatusOr<DeployResult> result = Deploy(&faulty);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(result.status().message(),
            "PutObject img/bg.png (s3://site): HTTP 503 SlowDown: Please reduce your request rate. "
            "(gave up after 6 attempts)");
  // Nothing that loads the missing image went up.
  for (const auto& [key, object] : s3_.Objects()) EXPECT_FALSE(key.ends_with(".css")) << key;
  ExpectPagesWhole("after a failed deploy");
}

// Kill the deploy after each request in turn: whatever point it dies at, every page in the
// bucket is whole, and a rerun finishes the job.
TEST_F(DeployTest, KilledAtEveryPointLeavesPagesWholeAndRerunFinishes) {
  WriteSiteV1(&fs_);
  ASSERT_OK(Deploy().status());
  const std::map<std::string, FakeObject> v1 = s3_.Objects();
  WriteSiteV2(&fs_);
  FaultInjectingTransport counter(&router_,
                                  [](size_t, const HttpRequest&) { return Fault::kNone; });
  ASSERT_OK(Deploy(&counter).status());
  const std::map<std::string, FakeObject> v2 = s3_.Objects();
  const size_t total = counter.requests();
  ASSERT_GT(total, 8u);
  for (size_t kill = 0; kill < total; ++kill) {
    // Start each run from the bucket as v1 left it.
    FakeS3 fresh("site", {"AKIDEXAMPLE", "SECRET", ""});
    for (const auto& [k, v] : v1) fresh.SetObject(k, v);
    Router router(&fresh);
    FaultInjectingTransport dying(&router, [kill](size_t i, const HttpRequest&) {
      return i >= kill ? Fault::kDrop : Fault::kNone;
    });
    options_.workers = 3;
    EXPECT_FALSE(Deploy(&dying).ok()) << "kill at " << kill;
    std::map<std::string, FakeObject> objects = fresh.Objects();
    for (const auto& [key, object] : objects) {
      if (!key.ends_with(".html")) continue;
      HtmlReferences refs = FindHtmlReferences(object.body, key);
      for (const auto* list : {&refs.loads, &refs.links}) {
        for (const std::string& ref : *list) {
          EXPECT_TRUE(objects.contains(ref)) << "kill at " << kill << ": " << key << " -> " << ref;
        }
      }
    }
    // The rerun may trust a complete manifest: the killed deploy must have left none.
    DeployEnvironment env = env_;
    env.transport = &router;
    out_.str("");
    DeployOptions rerun = options_;
    rerun.trust_manifest = true;
    ASSERT_OK(RunDeploy(rerun, config_, env).status());
    std::map<std::string, FakeObject> finished = fresh.Objects();
    finished.erase(".kiln/manifest.json");
    std::map<std::string, FakeObject> want = v2;
    want.erase(".kiln/manifest.json");
    EXPECT_EQ(finished.size(), want.size()) << "kill at " << kill;
    for (const auto& [k, v] : want) {
      EXPECT_EQ(finished[k].body, v.body) << "kill at " << kill << ": " << k;
    }
  }
}

}  // namespace
}  // namespace kiln::deploy
