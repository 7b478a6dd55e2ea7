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

TEST(ExpandPermalinkTest, SectionSelectors) {
  struct Case {
    std::vector<std::string> sections;
    const char* selector;
    const char* want;
  };
  const std::vector<std::string> kDeep = {"a", "b", "c"};
  const std::vector<std::string> kOne = {"a"};
  const Case kCases[] = {
      {kDeep, "[1:]", "/b/c/"}, {kOne, "[1:]", "//"},         {kDeep, "[last]", "/c/"},
      {kDeep, "[0]", "/a/"},    {kDeep, "[:last]", "/a/b/"},  {kOne, "[:last]", "//"},
      {kDeep, "[1:2]", "/b/"},  {kOne, "[1:2]", "//"},        {kDeep, "[-1]", "/a/"},
      {kOne, "[2:]", "//"},     {kDeep, "[0:last]", "/a/b/"}, {kDeep, "[last:]", "/c/"},
      {kDeep, "[]", "/a/b/c/"},
  };
  ContentOptions o;
  for (const Case& c : kCases) {
    Page p;
    p.sections_path = c.sections;
    std::string pattern = std::string("/:sections") + c.selector + "/";
    ASSERT_OK_AND_ASSIGN(std::string got, ExpandPermalink(pattern, p, o));
    EXPECT_EQ(got, c.want) << pattern << " over " << c.sections.size();
  }
  Page one;
  one.sections_path = kOne;
  EXPECT_EQ(ExpandPermalink("/:sections[1]/", one, o).status().message(),
            "permalinks: \":sections[1]\" is out of range for 1 sections");
  EXPECT_FALSE(ExpandPermalink("/:sections[1:last]/", one, o).ok());
}

TEST(TargetFileForPathTest, PrettyAndUgly) {
  EXPECT_EQ(TargetFileForPath("/", false), "index.html");
  EXPECT_EQ(TargetFileForPath("/a/b/", false), "a/b/index.html");
  EXPECT_EQ(TargetFileForPath("/a/b", false), "a/b/index.html");
  EXPECT_EQ(TargetFileForPath("/a/b", true), "a/b.html");
  EXPECT_EQ(TargetFileForPath("/a/b.xml", true), "a/b.xml");
}

TEST(UrlNamesFileTest, ADotAnywhereAndNoTrailingSlash) {
  EXPECT_TRUE(UrlNamesFile("/docs/v1.2/page.html"));
  EXPECT_TRUE(UrlNamesFile("/a.b/c"));
  EXPECT_TRUE(UrlNamesFile("rel.d/z.txt"));
  EXPECT_FALSE(UrlNamesFile("/x.y/"));
  EXPECT_FALSE(UrlNamesFile("/plain/path"));
}

}  // namespace
}  // namespace kiln
