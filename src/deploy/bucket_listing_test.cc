#include "deploy/bucket_listing.h"

#include <gtest/gtest.h>

#include "deploy/fake_s3.h"
#include "deploy/fault_transport.h"
#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

class NoSleep final : public Sleeper {
 public:
  void SleepFor(int64_t) override {}
};

std::string Describe(const std::vector<KeyRange>& ranges) {
  std::string out;
  for (const KeyRange& r : ranges) {
    out += "(" + r.start_after + "," + r.last + "]" + std::to_string(r.expected_keys) + " ";
  }
  return out;
}

TEST(SplitKeyRangesTest, CoversTheKeySpaceInPageSizedRanges) {
  struct Case {
    std::vector<std::string> keys;
    int page_size;
    std::string want;
  };
  const std::vector<Case> cases = {
      {{}, 1000, "(,]0 "},
      {{"a", "b", "c"}, 1000, "(,]3 "},
      // Pages of 3 hold 2 expected keys and room for one more.
      {{"a", "b", "c", "d", "e"}, 3, "(,a]1 (a,c]2 (c,]2 "},
      {{"a", "b", "c", "d"}, 3, "(,b]2 (b,]2 "},
      // 1,000-key pages hold 938 expected keys: 2,000 keys make three ranges.
      {std::vector<std::string>(2000, "k"), 1000, "(,k]666 (k,k]667 (k,]667 "},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Describe(SplitKeyRanges(c.keys, c.page_size)), c.want) << c.page_size;
  }
}

class ListBucketTest : public ::testing::Test {
 protected:
  // Lists with `expected` keys in ranges, checks the result equals one sequential listing and
  // returns the number of requests it took.
  size_t ListAndCompare(const std::vector<std::string>& expected, const std::string& prefix,
                        int workers = 3) {
    FaultInjectingTransport counter(&fake_,
                                    [](size_t, const HttpRequest&) { return Fault::kNone; });
    S3Client s3(&counter, {kFakeS3Endpoint, "b", "us-east-1", true}, {"AKID", "SECRET", ""},
                &clock_, &backoff_);
    StatusOr<std::vector<RemoteObject>> ranged = ListBucket(s3, prefix, expected, 4, workers);
    EXPECT_OK(ranged.status());
    size_t requests = counter.requests();
    StatusOr<std::vector<RemoteObject>> sequential = s3.ListObjects(prefix, 4);
    EXPECT_OK(sequential.status());
    if (!ranged.ok() || !sequential.ok()) return 0;
    std::vector<std::string> got, want;
    for (const RemoteObject& o : *ranged) got.push_back(o.key);
    for (const RemoteObject& o : *sequential) want.push_back(o.key);
    EXPECT_EQ(got, want);
    return requests;
  }
  void Put(const std::vector<std::string>& keys) {
    for (const std::string& k : keys) fake_.SetObject(k, {"x", {}, ""});
  }

  FakeS3 fake_{"b", {"AKID", "SECRET", ""}};
  FakeClock clock_{1795705299LL * 1'000'000'000};
  NoSleep sleeper_;
  Backoff backoff_{{}, &sleeper_, 1};
};

std::vector<std::string> Keys(const std::string& prefix, int from, int to) {
  std::vector<std::string> keys;
  for (int i = from; i < to; ++i) keys.push_back(prefix + std::to_string(100 + i));
  return keys;
}

TEST_F(ListBucketTest, AsExpectedTakesOneRequestARange) {
  Put(Keys("p/", 0, 30));
  // Pages of 4 hold 3 expected keys: 10 ranges, 10 requests.
  EXPECT_EQ(ListAndCompare(Keys("p/", 0, 30), "p/"), 10u);
  // One worker pages through from the start: 8 pages of 4.
  EXPECT_EQ(ListAndCompare(Keys("p/", 0, 30), "p/", 1), 8u);
}

TEST_F(ListBucketTest, EqualsASequentialListingWhateverTheBucketHolds) {
  Put(Keys("p/", 0, 30));
  Put({"a", "p/", "p/0", "p/1000", "p/99", "q/1"});  // around and between the expected keys
  std::vector<std::string> expected = Keys("p/", 0, 30);
  expected.push_back("p/zz-only-local");
  ListAndCompare(expected, "p/");
  ListAndCompare(expected, "");
  ListAndCompare({}, "p/");
  ListAndCompare({"p/105"}, "p/");
  ListAndCompare(Keys("p/", 0, 300), "p/");  // far more expected than there are
}

TEST_F(ListBucketTest, EqualsASequentialListingWhenExpectedKeysAreGone) {
  std::vector<std::string> expected = Keys("p/", 0, 30);
  for (size_t i = 0; i < expected.size(); ++i) {
    if (i % 4 != 0) Put({expected[i]});  // every 4th key, range ends among them, is gone
  }
  ListAndCompare(expected, "p/");
  Put({"p/1000", "p/1001", "p/1002", "p/1003", "p/1004"});  // and a run only the bucket has
  ListAndCompare(expected, "p/");
}

TEST(DefaultListWorkersTest, OneOnlyForPlainHttpOnThisMachine) {
  const struct {
    const char* endpoint;
    int want;
  } cases[] = {
      {"http://127.0.0.1:4569", 1},
      {"http://127.0.0.1", 1},
      {"http://127.1.2.3:9000/", 1},
      {"http://localhost:4569", 1},
      {"http://[::1]:4569", 1},
      {"https://127.0.0.1:4569", 10},  // TLS: not s3rver; keep the workers
      {"https://s3.eu-west-1.amazonaws.com", 10},
      {"http://minio.internal:9000", 10},
      {"http://127.0.0.1.example.com", 10},
      {"http://localhost.example.com:80", 10},
  };
  for (const auto& c : cases) EXPECT_EQ(DefaultListWorkers(c.endpoint, 10), c.want) << c.endpoint;
}

}  // namespace
}  // namespace kiln::deploy
