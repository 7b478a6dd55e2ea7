#include "deploy/gzip.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::deploy {
namespace {

TEST(GzipTest, RoundTripsAtEveryLevel) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i % 97) + "\n";
  for (std::string_view data :
       {std::string_view(), std::string_view("x"), std::string_view(text)}) {
    for (int level : {1, 6, 9}) {
      std::string gz = GzipDeterministic(data, level);
      EXPECT_TRUE(IsGzip(gz));
      ASSERT_OK_AND_ASSIGN(std::string back, Gunzip(gz));
      EXPECT_EQ(back, data) << "level " << level;
    }
  }
}

TEST(GzipTest, SameInputSameBytesWithZeroMtimeAndNoName) {
  std::string gz = GzipDeterministic("hello hello hello");
  EXPECT_EQ(gz, GzipDeterministic("hello hello hello"));
  ASSERT_GE(gz.size(), 10u);
  EXPECT_EQ(gz.substr(3, 5), std::string("\0\0\0\0\0", 5));  // flags (no name), mtime 0
}

TEST(GzipTest, RejectsWhatIsNotAWholeStream) {
  std::string gz = GzipDeterministic("some text to compress");
  const std::string cases[] = {
      gz.substr(0, gz.size() - 4),  // cut short
      gz + "trailing",              // bytes after the stream
      "{\"plain\": \"json\"}",
      std::string("\x1f\x8b garbage", 10),
  };
  for (const std::string& bad : cases) {
    EXPECT_EQ(Gunzip(bad).status().message(), "not a whole gzip stream") << bad;
  }
  EXPECT_FALSE(IsGzip("{}"));
  EXPECT_FALSE(IsGzip("\x1f"));
}

}  // namespace
}  // namespace kiln::deploy
