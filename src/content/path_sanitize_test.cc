#include "content/path_sanitize.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(MakeUrlPathTest, MatchesHugo) {
  const std::pair<const char*, const char*> kCases[] = {
      {"Hello, World!", "hello-world"},
      {"C++ tips", "c++-tips"},
      {"x&y", "xy"},
      {"dots.in.name", "dots.in.name"},
      {"Ünïcode Title", "ünïcode-title"},
      {" a  b ", "a-b"},
      {"a - b", "a-b"},
      {"a--b", "a--b"},
      {"x - - y", "x--y"},
      {"trail ?", "trail"},
      {"(lead) x", "lead-x"},
      {"-q", "-q"},
      {" \u00bfqu\u00e9? ", "qu\u00e9"},
      {"50% off", "50-off"},
      {"a%20b", "a%20b"},
      {"Ωmega Ж", "ωmega-ж"},
      {"tab\tx", "tab-x"},
      {"under_score@#~", "under_score@#~"},
      {"posts/Odd Dir", "posts/odd-dir"},
  };
  for (const auto& [in, want] : kCases) EXPECT_EQ(MakeUrlPath(in), want) << in;
}

TEST(MakeUrlPathTest, SegmentsKeepTheHyphenOfATrailingSpace) {
  EXPECT_EQ(MakeUrlPathSegment("(odd) dir !"), "odd-dir-");
  EXPECT_EQ(MakeUrlPathSegment("a b ?"), "a-b-");
  EXPECT_EQ(MakeUrlPathSegment("plain"), "plain");
  EXPECT_EQ(MakeUrlPathSegment("Big Idea", true), "Big-Idea");
}

TEST(MakeUrlPathTest, KeepCase) { EXPECT_EQ(MakeUrlPath("Big Idea", true), "Big-Idea"); }

}  // namespace
}  // namespace kiln
