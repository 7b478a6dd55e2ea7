#include "deploy/multipart_upload.h"

#include <gtest/gtest.h>

#include "deploy/crypto.h"
#include "deploy/fake_s3.h"
#include "deploy/fault_transport.h"
#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

class NoSleep final : public Sleeper {
 public:
  void SleepFor(int64_t) override {}
};

TEST(PartSizeTest, ThresholdAtLeastTheMinimumAndFewEnoughParts) {
  struct Case {
    uint64_t object_size, threshold, want;
  };
  const std::vector<Case> cases = {
      {100 * kMiB, 64 * kMiB, 64 * kMiB},
      {12 * kMiB, 1 * kMiB, 5 * kMiB},                  // S3's minimum part size
      {100 * 1024 * kMiB, 64 * kMiB, 64 * kMiB},        // 100 GiB: 1,600 parts
      {1024 * 1024 * kMiB, 64 * kMiB, 105 * kMiB},      // 1 TiB: 9,987 parts, not 16,384
      {5 * 1024 * 1024 * kMiB, 64 * kMiB, 525 * kMiB},  // 5 TiB, S3's largest object
  };
  for (const Case& c : cases) {
    uint64_t size = PartSize(c.object_size, c.threshold);
    EXPECT_EQ(size, c.want) << c.object_size;
    EXPECT_LE((c.object_size + size - 1) / size, kMaxParts);
  }
}

class MultipartTest : public ::testing::Test {
 protected:
  // Uploads body in 5 MiB parts through a transport that fails as `rule` says.
  Status Upload(FakeS3& fake, const std::string& body, FaultInjectingTransport::Rule rule,
                const std::atomic<bool>* interrupted = nullptr) {
    FaultInjectingTransport faults(&fake, std::move(rule));
    S3Client s3(&faults, {kFakeS3Endpoint, "b", "us-east-1", true}, {"AKID", "SECRET", ""}, &clock_,
                &backoff_);
    return UploadInParts(s3, "big.bin", body, {"max-age=60", "application/octet-stream", ""},
                         Md5Hex(body), 5 * kMiB, interrupted);
  }
  static std::string Body(uint64_t size) {
    std::string body(size, '\0');
    for (uint64_t i = 0; i < size; ++i) body[i] = static_cast<char>((i * 7919) >> 8);
    return body;
  }

  FakeS3 fake_{"b", {"AKID", "SECRET", ""}};
  FakeClock clock_{1795705299LL * 1'000'000'000};
  NoSleep sleeper_;
  Backoff backoff_{{}, &sleeper_, 1};
};

Fault FailPart2(size_t, const HttpRequest& request) {
  for (const auto& [k, v] : request.query) {
    if (k == "partNumber" && v == "2") return Fault::kServerError;
  }
  return Fault::kNone;
}

TEST_F(MultipartTest, UploadsInPartsWithHeadersAndMd5chksum) {
  const std::string body = Body(12 * kMiB);
  ASSERT_OK(Upload(fake_, body, [](size_t, const HttpRequest&) { return Fault::kNone; }));
  const FakeObject object = fake_.Objects().at("big.bin");
  EXPECT_EQ(object.body, body);
  EXPECT_EQ(object.headers, (ObjectHeaders{"max-age=60", "application/octet-stream", ""}));
  EXPECT_EQ(object.md5chksum, Md5Hex(body));
  const std::string part_md5s = Md5(body.substr(0, 5 * kMiB)) +
                                Md5(body.substr(5 * kMiB, 5 * kMiB)) + Md5(body.substr(10 * kMiB));
  EXPECT_EQ(object.etag, Md5Hex(part_md5s) + "-3");
  EXPECT_EQ(fake_.PendingUploads(), 0u);
}

TEST_F(MultipartTest, TransientFaultsAreRetriedPartByPart) {
  const std::string body = Body(11 * kMiB);
  // Every other request fails once: the create, parts and completion are each retried. A
  // completion whose reply is lost is retried, fails, and is found done.
  ASSERT_OK(Upload(fake_, body, [](size_t i, const HttpRequest& r) {
    if (i % 2 == 0) return Fault::kNone;
    return r.query.size() == 1 && r.query[0].first == "uploadId" ? Fault::kCutMidBody
                                                                 : Fault::kSlowDown;
  }));
  EXPECT_EQ(fake_.Objects().at("big.bin").body, body);
  EXPECT_EQ(fake_.PendingUploads(), 0u);
}

TEST_F(MultipartTest, FailureAbortsTheUpload) {
  constexpr char kPart2Failed[] =
      "UploadPart 2 of big.bin (s3://b): HTTP 500 InternalError: We encountered an internal "
      "error. Please try again.";
  struct Case {
    FaultInjectingTransport::Rule rule;
    bool interrupted;
    std::string message;
  };
  const std::vector<Case> cases = {
      {FailPart2, false, std::string(kPart2Failed) + " (gave up after 6 attempts)"},
      {[](size_t, const HttpRequest&) { return Fault::kNone; }, true, "interrupted"},
      {[](size_t i, const HttpRequest& r) {
         return r.method == "DELETE" ? Fault::kDrop : FailPart2(i, r);
       },
       false,
       std::string(kPart2Failed) +
           " (gave up after 6 attempts); aborting the upload failed too (AbortMultipartUpload "
           "big.bin (s3://b): connection reset by peer (injected) (gave up after 6 attempts)): "
           "its parts stay in the bucket until a lifecycle rule removes them"},
  };
  for (const Case& c : cases) {
    FakeS3 fake("b", {"AKID", "SECRET", ""});
    std::atomic<bool> interrupted{c.interrupted};
    Status status = Upload(fake, Body(11 * kMiB), c.rule, &interrupted);
    EXPECT_EQ(status.message(), c.message);
    EXPECT_FALSE(fake.Objects().contains("big.bin"));
    EXPECT_EQ(fake.PendingUploads(), c.message.find("aborting") == std::string::npos ? 0u : 1u);
  }
}

}  // namespace
}  // namespace kiln::deploy
