#include "deploy/cloudfront.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

class NoSleep final : public Sleeper {
 public:
  void SleepFor(int64_t) override {}
};

nlohmann::json ReadGolden(const std::string& name) {
  std::ifstream in("testdata/deploy/cloudfront/" + name + ".jsonl");
  std::string line;
  std::getline(in, line);
  return nlohmann::json::parse(line);
}

int64_t ParseAmzDate(const std::string& date) {
  std::tm tm{};
  strptime(date.c_str(), "%Y%m%dT%H%M%SZ", &tm);
  return timegm(&tm);
}

// Requests Debian's awscli sent (tools/deploy/capture-cloudfront-golden.sh): kiln must write
// the same body for the same batch and sign it to the same Authorization.
TEST(CloudFrontGoldenTest, MatchesAwsCli) {
  struct Case {
    std::string name;
    std::vector<std::string> paths;
  };
  for (const Case& c :
       std::vector<Case>{{"two-paths", {"/index.html", "/blog/*"}},
                         {"encoded-paths", {"/", "/a%20b.html", "/%C3%BC.html", "/posts/*"}}}) {
    SCOPED_TRACE(c.name);
    nlohmann::json golden = ReadGolden(c.name);
    EXPECT_EQ(InvalidationBatchXml(c.paths, "kiln-golden-" + c.name), golden["body"]);
    HttpRequest request{"POST",
                        "http://" + golden["headers"]["host"].get<std::string>(),
                        golden["url"],
                        {},
                        {{"Host", golden["headers"]["host"]}},
                        golden["body"]};
    SigningResult result = SignRequest(
        &request, {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", ""},
        {"us-east-1", "cloudfront", ParseAmzDate(golden["headers"]["x-amz-date"]), true, false});
    EXPECT_EQ(result.authorization, golden["headers"]["authorization"]);
  }
}

// A local recorder standing in for CloudFront; live CloudFront is not exercised by the tests.
class Recorder final : public HttpTransport {
 public:
  StatusOr<HttpResponse> Send(const HttpRequest& request) override {
    requests.push_back(request);
    if (requests.size() <= busy_answers) {
      return HttpResponse{400,
                          {},
                          "<ErrorResponse><Error><Code>TooManyInvalidationsInProgress</Code>"
                          "<Message>slow down</Message></Error></ErrorResponse>"};
    }
    return HttpResponse{201, {}, "<Invalidation><Id>I2J0I21PCUYOIK</Id></Invalidation>"};
  }
  std::vector<HttpRequest> requests;
  size_t busy_answers = 0;
};

TEST(CloudFrontClientTest, SendsSignedRequestAndRetriesWhenBusy) {
  Recorder recorder;
  recorder.busy_answers = 2;
  FakeClock clock(1795705299LL * 1'000'000'000);
  NoSleep sleeper;
  Backoff backoff({}, &sleeper, 1);
  CloudFrontClient client(&recorder, "http://127.0.0.1:9", {"AKID", "SECRET", "TOKEN"}, &clock,
                          &backoff);
  ASSERT_OK_AND_ASSIGN(std::string id, client.CreateInvalidation("E1", {"/a.html"}, "ref-1"));
  EXPECT_EQ(id, "I2J0I21PCUYOIK");
  ASSERT_EQ(recorder.requests.size(), 3u);
  const HttpRequest& r = recorder.requests.back();
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.Url(), "http://127.0.0.1:9/2020-05-31/distribution/E1/invalidation");
  EXPECT_EQ(r.body, InvalidationBatchXml({"/a.html"}, "ref-1"));
  EXPECT_EQ(*FindHeader(r.headers, "X-Amz-Security-Token"), "TOKEN");
  EXPECT_TRUE(std::regex_match(
      *FindHeader(r.headers, "Authorization"),
      std::regex("AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/cloudfront/aws4_request, "
                 "SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}")));
  // Retries resend the same caller reference, so CloudFront treats them as one request.
  EXPECT_EQ(recorder.requests[0].body, r.body);
}

TEST(CloudFrontClientTest, PermanentErrorsAreNotRetried) {
  struct Rejecting final : HttpTransport {
    StatusOr<HttpResponse> Send(const HttpRequest&) override {
      ++calls;
      return HttpResponse{404,
                          {},
                          "<ErrorResponse><Error><Code>NoSuchDistribution</Code><Message>"
                          "The specified distribution does not exist.</Message></Error>"
                          "</ErrorResponse>"};
    }
    int calls = 0;
  } rejecting;
  FakeClock clock(0);
  NoSleep sleeper;
  Backoff backoff({}, &sleeper, 1);
  CloudFrontClient client(&rejecting, kCloudFrontEndpoint, {"A", "S", ""}, &clock, &backoff);
  StatusOr<std::string> id = client.CreateInvalidation("E404", {"/*"}, "r");
  EXPECT_EQ(id.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(id.status().message(),
            "CloudFront CreateInvalidation for distribution E404: HTTP 404 NoSuchDistribution: The "
            "specified distribution does not exist.");
  EXPECT_EQ(rejecting.calls, 1);
}

TEST(InvalidationPathsTest, Table) {
  struct Case {
    std::vector<std::string> keys;
    int max;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {{"index.html"}, 10, {"/", "/index.html"}},
      {{"blog/index.html", "a b.html", "ü.css"},
       10,
       {"/%C3%BC.css", "/a%20b.html", "/blog/", "/blog/index.html"}},
      {{"blog/"}, 10, {"/blog/"}},  // stripIndexHTML keys
      // Over the limit: the deepest paths collapse into their directory first.
      {{"blog/x/a.html", "blog/x/b.html", "blog/y/c.html", "about.html"},
       3,
       {"/about.html", "/blog/x/*", "/blog/y/*"}},
      {{"blog/x/a.html", "blog/x/b.html", "blog/y/c.html", "about.html"},
       2,
       {"/about.html", "/blog/*"}},
      {{"a.html", "b.html", "c.html"}, 2, {"/*"}},
      {{}, 5, {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(InvalidationPaths(c.keys, c.max), c.want) << ::testing::PrintToString(c.keys);
  }
}

}  // namespace
}  // namespace kiln::deploy
