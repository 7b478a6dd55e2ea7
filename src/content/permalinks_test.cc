#include "content/permalinks.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "value/time_parse.h"

namespace kiln {
namespace {

Page SamplePage() {
  Page p;
  p.meta.title = "Hello, World!";
  p.meta.date = *ParseHugoTime("2023-03-05T10:00:00Z");
  p.section = "posts";
  p.sections_path = {"posts", "tips"};
  p.file.base_file_name = "My File";
  return p;
}

TEST(ExpandPermalinkTest, EveryToken) {
  Page p = SamplePage();
  ContentOptions o;
  const std::pair<const char*, const char*> kCases[] = {
      {"/:year/:month/:day/", "/2023/03/05/"},
      {"/:monthname/:weekday/:weekdayname/:yearday/", "/March/0/Sunday/64/"},
      {"/:section/:sections/", "/posts/posts/tips/"},
      {"/:title/", "/hello-world/"},
      {"/:slug/", "/hello-world/"},
      {"/:filename/", "/my-file/"},
      {"/:slugorfilename/", "/my-file/"},
  };
  for (const auto& [pattern, want] : kCases) {
    ASSERT_OK_AND_ASSIGN(std::string got, ExpandPermalink(pattern, p, o));
    EXPECT_EQ(got, want) << pattern;
  }
  p.meta.slug = "Custom Slug";
  ASSERT_OK_AND_ASSIGN(std::string got, ExpandPermalink("/:slugorfilename/:slug/", p, o));
  EXPECT_EQ(got, "/custom-slug/custom-slug/");
  EXPECT_EQ(ExpandPermalink("/:nope/", p, o).status().message(),
            "permalinks: unknown token \":nope\" in \"/:nope/\"");
}

TEST(TargetFileForPathTest, PrettyAndUgly) {
  EXPECT_EQ(TargetFileForPath("/", false), "index.html");
  EXPECT_EQ(TargetFileForPath("/a/b/", false), "a/b/index.html");
  EXPECT_EQ(TargetFileForPath("/a/b", false), "a/b/index.html");
  EXPECT_EQ(TargetFileForPath("/a/b", true), "a/b.html");
  EXPECT_EQ(TargetFileForPath("/a/b.xml", true), "a/b.xml");
}

}  // namespace
}  // namespace kiln
