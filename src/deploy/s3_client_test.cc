#include "deploy/s3_client.h"

#include <gtest/gtest.h>

#include "deploy/crypto.h"
#include "deploy/fake_s3.h"
#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

class NoSleep final : public Sleeper {
 public:
  void SleepFor(int64_t nanos) override { slept.push_back(nanos); }
  std::vector<int64_t> slept;
};

// Answers every request with the same canned response and keeps the requests.
class Canned final : public HttpTransport {
 public:
  explicit Canned(StatusOr<HttpResponse> answer) : answer_(std::move(answer)) {}
  StatusOr<HttpResponse> Send(const HttpRequest& request) override {
    requests.push_back(request);
    return answer_;
  }
  std::vector<HttpRequest> requests;

 private:
  StatusOr<HttpResponse> answer_;
};

class S3ClientTest : public ::testing::Test {
 protected:
  S3Client Client(HttpTransport* t, bool path_style = true) {
    return S3Client(t, {"https://s3.eu-west-1.amazonaws.com", "b", "eu-west-1", path_style},
                    {"AKID", "SECRET", ""}, &clock_, &backoff_);
  }
  FakeClock clock_{1795705299LL * 1'000'000'000};
  NoSleep sleeper_;
  Backoff backoff_{{}, &sleeper_, 7};
};

TEST_F(S3ClientTest, ClearErrors) {
  struct Case {
    StatusOr<HttpResponse> answer;
    StatusCode code;
    std::string message;
    size_t attempts;
  };
  const std::vector<Case> cases = {
      {HttpResponse{
           301,
           {{"x-amz-bucket-region", "us-west-2"}},
           "<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to "
           "access must be addressed using the specified endpoint.</Message><Endpoint>"
           "b.s3.us-west-2.amazonaws.com</Endpoint></Error>"},
       StatusCode::kFailedPrecondition,
       "ListObjectsV2 (s3://b): the bucket is not in region eu-west-1; it is in us-west-2 (S3 "
       "points to b.s3.us-west-2.amazonaws.com): set region=us-west-2 in the target URL",
       1},
      {HttpResponse{403, {}, "<Error><Code>InvalidAccessKeyId</Code></Error>"},
       StatusCode::kPermissionDenied,
       "ListObjectsV2 (s3://b): S3 does not know access key ID AKID (InvalidAccessKeyId)", 1},
      {HttpResponse{
           403, {}, "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"},
       StatusCode::kPermissionDenied,
       "ListObjectsV2 (s3://b): access denied (AccessDenied): Access Denied", 1},
      {HttpResponse{404, {}, "<Error><Code>NoSuchBucket</Code></Error>"}, StatusCode::kNotFound,
       "ListObjectsV2 (s3://b): the bucket \"b\" does not exist", 1},
      {FailedPreconditionError("TLS failure talking to https://x: SSL certificate problem"),
       StatusCode::kFailedPrecondition,
       "ListObjectsV2 (s3://b): TLS failure talking to https://x: SSL certificate problem", 1},
      {UnavailableError("connection refused"), StatusCode::kUnavailable,
       "ListObjectsV2 (s3://b): connection refused (gave up after 6 attempts)", 6},
      {HttpResponse{500, {}, ""}, StatusCode::kUnavailable,
       "ListObjectsV2 (s3://b): HTTP 500 (gave up after 6 attempts)", 6},
  };
  for (const Case& c : cases) {
    Canned canned(c.answer);
    S3Client s3 = Client(&canned);
    StatusOr<std::vector<RemoteObject>> list = s3.ListObjects("");
    ASSERT_FALSE(list.ok()) << c.message;
    EXPECT_EQ(list.status().code(), c.code) << c.message;
    EXPECT_EQ(list.status().message(), c.message);
    EXPECT_EQ(canned.requests.size(), c.attempts) << c.message;
  }
}

TEST_F(S3ClientTest, BackoffGrowsWithJitterBelowTheCap) {
  Canned canned(HttpResponse{503, {}, "<Error><Code>SlowDown</Code></Error>"});
  S3Client s3 = Client(&canned);
  EXPECT_FALSE(s3.ListObjects("").ok());
  ASSERT_EQ(sleeper_.slept.size(), 5u);
  for (size_t i = 0; i < sleeper_.slept.size(); ++i) {
    EXPECT_GE(sleeper_.slept[i], 0);
    EXPECT_LE(sleeper_.slept[i], 100'000'000LL << i);
  }
}

TEST_F(S3ClientTest, VirtualHostedAndPathStyleRequests) {
  Canned canned(HttpResponse{
      200, {}, "<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>"});
  ASSERT_OK(Client(&canned, false).ListObjects("p/").status());
  ASSERT_OK(Client(&canned, true).ListObjects("p/").status());
  ASSERT_EQ(canned.requests.size(), 2u);
  EXPECT_EQ(canned.requests[0].Url(),
            "https://b.s3.eu-west-1.amazonaws.com/?list-type=2&max-keys=1000&prefix=p%2F");
  EXPECT_EQ(*FindHeader(canned.requests[0].headers, "Host"), "b.s3.eu-west-1.amazonaws.com");
  EXPECT_EQ(canned.requests[1].Url(),
            "https://s3.eu-west-1.amazonaws.com/b?list-type=2&max-keys=1000&prefix=p%2F");
  EXPECT_NE(FindHeader(canned.requests[1].headers, "Authorization"), nullptr);
}

TEST_F(S3ClientTest, PagingPutHeadDeleteOnTheFake) {
  FakeS3 fake("b", {"AKID", "SECRET", ""});
  S3Client s3(&fake, {kFakeS3Endpoint, "b", "eu-west-1", true}, {"AKID", "SECRET", ""}, &clock_,
              &backoff_);
  std::vector<std::string> keys;
  for (int i = 0; i < 2500; ++i) keys.push_back("k/" + std::to_string(10000 + i) + " & <x>.txt");
  for (int i = 0; i < 7; ++i) {
    ASSERT_OK(s3.PutObject(keys[i], "body", {"max-age=1", "text/plain", ""}, Md5Hex("body")));
  }
  for (size_t i = 7; i < keys.size(); ++i) fake.SetObject(keys[i], {"x", {}, ""});
  ASSERT_OK_AND_ASSIGN(std::vector<RemoteObject> listed, s3.ListObjects("k/", 3));
  ASSERT_EQ(listed.size(), 2500u);
  EXPECT_EQ(listed[0].key, keys[0]);
  EXPECT_EQ(listed[0].etag, Md5Hex("body"));
  ASSERT_OK_AND_ASSIGN(ObjectHead head, s3.HeadObject(keys[0]));
  EXPECT_EQ(head.headers, (ObjectHeaders{"max-age=1", "text/plain", ""}));
  EXPECT_EQ(head.md5chksum, Md5Hex("body"));
  EXPECT_EQ(head.size, 4u);
  ASSERT_OK_AND_ASSIGN(std::optional<std::string> missing, s3.GetObject("nope"));
  EXPECT_FALSE(missing.has_value());
  fake.ClearWrites();
  ASSERT_OK(s3.DeleteObjects(keys));
  EXPECT_EQ(fake.Writes().size(), 2500u);
  EXPECT_TRUE(fake.Objects().empty());
}

}  // namespace
}  // namespace kiln::deploy
