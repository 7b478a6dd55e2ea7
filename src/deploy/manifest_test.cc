#include "deploy/manifest.h"

#include <gtest/gtest.h>

#include "deploy/gzip.h"
#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

Manifest Sample() {
  Manifest m;
  m.deploy_id = "20261127T050000Z";
  m.complete = false;
  m.objects["blog/index.html"] = {"0123456789abcdef0123456789abcdef",
                                  1234,
                                  {"public, max-age=300", "text/html; charset=utf-8", ""}};
  m.objects["logo.svg"] = {
      "fedcba9876543210fedcba9876543210", 56, {"public, max-age=3600", "image/svg+xml", "gzip"}};
  return m;
}

void ExpectSame(const Manifest& got, const Manifest& want) {
  EXPECT_EQ(got.deploy_id, want.deploy_id);
  EXPECT_EQ(got.complete, want.complete);
  ASSERT_EQ(got.objects.size(), want.objects.size());
  for (const auto& [key, e] : want.objects) {
    const ManifestEntry& g = got.objects.at(key);
    EXPECT_EQ(g.md5_hex, e.md5_hex) << key;
    EXPECT_EQ(g.size, e.size) << key;
    EXPECT_EQ(g.headers, e.headers) << key;
  }
}

TEST(ManifestTest, JsonIsCompactAndRoundTrips) {
  std::string json = ManifestToJson(Sample());
  EXPECT_EQ(json,
            "{\"version\":1,\"deployId\":\"20261127T050000Z\",\"complete\":false,\"objects\":{"
            "\"blog/index.html\":{\"md5\":\"0123456789abcdef0123456789abcdef\",\"size\":1234,"
            "\"cacheControl\":\"public, max-age=300\",\"contentType\":"
            "\"text/html; charset=utf-8\",\"contentEncoding\":\"\"},"
            "\"logo.svg\":{\"md5\":\"fedcba9876543210fedcba9876543210\",\"size\":56,"
            "\"cacheControl\":\"public, max-age=3600\",\"contentType\":\"image/svg+xml\","
            "\"contentEncoding\":\"gzip\"}}}\n");
  ASSERT_OK_AND_ASSIGN(Manifest back, ManifestFromJson(json));
  ExpectSame(back, Sample());
}

TEST(ManifestTest, KeysWithQuotesBackslashesControlsAndUtf8RoundTrip) {
  Manifest m = Sample();
  const std::string odd = "a \"quoted\" \\ name\t\x01/ünï.html";
  m.objects[odd] = m.objects["logo.svg"];
  std::string json = ManifestToJson(m);
  EXPECT_NE(json.find(R"("a \"quoted\" \\ name\u0009\u0001/ünï.html")"), std::string::npos) << json;
  ASSERT_OK_AND_ASSIGN(Manifest back, ManifestFromJson(json));
  ExpectSame(back, m);
}

TEST(ManifestTest, StoredGzippedAndReadBack) {
  std::string body = EncodeManifest(Sample());
  EXPECT_TRUE(IsGzip(body));
  ASSERT_OK_AND_ASSIGN(std::string json, Gunzip(body));
  EXPECT_EQ(json, ManifestToJson(Sample()));
  ASSERT_OK_AND_ASSIGN(Manifest back, DecodeManifest(body));
  ExpectSame(back, Sample());
}

TEST(ManifestTest, ReadsThePlainIndentedJsonEarlierDeploysStored) {
  const char* old = R"({
 "version": 1,
 "deployId": "20261127T050000Z",
 "complete": false,
 "objects": {
  "blog/index.html": {
   "md5": "0123456789abcdef0123456789abcdef",
   "size": 1234,
   "cacheControl": "public, max-age=300",
   "contentType": "text/html; charset=utf-8",
   "contentEncoding": ""
  },
  "logo.svg": {
   "md5": "fedcba9876543210fedcba9876543210",
   "size": 56,
   "cacheControl": "public, max-age=3600",
   "contentType": "image/svg+xml",
   "contentEncoding": "gzip"
  }
 }
}
)";
  ASSERT_OK_AND_ASSIGN(Manifest back, DecodeManifest(old));
  ExpectSame(back, Sample());
}

TEST(ManifestTest, UnreadableManifestsSayWhy) {
  std::string body = EncodeManifest(Sample());
  EXPECT_EQ(DecodeManifest(body.substr(0, body.size() / 2)).status().message(),
            "unreadable deploy manifest .kiln/manifest.json: not a whole gzip stream");
  EXPECT_EQ(DecodeManifest(GzipDeterministic("{\"objects\": 3}")).status().message(),
            "unreadable deploy manifest .kiln/manifest.json: [json.exception.type_error.304] "
            "cannot use at() with number");
}

}  // namespace
}  // namespace kiln::deploy
