#include "content/page_meta.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "value/decode.h"
#include "value/lower_case_keys.h"
#include "value/time_parse.h"

namespace kiln {
namespace {

StatusOr<PageMeta> Read(std::string_view yaml, const ContentOptions& options = {},
                        std::string_view base_name = "page") {
  ASSIGN_OR_RETURN(Value fm, DecodeYaml(yaml, "a.md", 2));
  std::string content = "---\n" + std::string(yaml) + "---\n";
  return ReadPageMeta(LowerCaseKeys(fm), options, MetaSource{"a.md", content, base_name, 0});
}

Time T(const char* s) { return *ParseHugoTime(s); }

struct DateCase {
  const char* front_matter;
  const char* date;
  const char* lastmod;
  const char* publish_date;
  const char* expiry_date;  // "" for zero
};

TEST(ReadPageMetaTest, DefaultDateRules) {
  const DateCase kCases[] = {
      {"date: 2023-01-01\n", "2023-01-01", "2023-01-01", "2023-01-01", ""},
      {"publishDate: 2023-01-02\n", "2023-01-02", "2023-01-02", "2023-01-02", ""},
      {"pubdate: 2023-01-03\n", "2023-01-03", "2023-01-03", "2023-01-03", ""},
      {"published: 2023-01-04\n", "2023-01-04", "2023-01-04", "2023-01-04", ""},
      {"lastmod: 2023-01-05\n", "2023-01-05", "2023-01-05", "0001-01-01", ""},
      {"modified: 2023-01-06\n", "2023-01-06", "2023-01-06", "0001-01-01", ""},
      {"date: 2023-01-01\nlastmod: 2023-02-01\n", "2023-01-01", "2023-02-01", "2023-01-01", ""},
      {"date: 2023-01-01\nexpiryDate: 2024-01-01\n", "2023-01-01", "2023-01-01", "2023-01-01",
       "2024-01-01"},
      {"date: 2023-01-01\nunpublishdate: 2024-01-01\n", "2023-01-01", "2023-01-01", "2023-01-01",
       "2024-01-01"},
  };
  for (const DateCase& c : kCases) {
    ASSERT_OK_AND_ASSIGN(PageMeta m, Read(c.front_matter));
    EXPECT_EQ(m.date, T(c.date)) << c.front_matter;
    EXPECT_EQ(m.lastmod, T(c.lastmod)) << c.front_matter;
    EXPECT_EQ(m.publish_date, T(c.publish_date)) << c.front_matter;
    EXPECT_EQ(m.expiry_date, *c.expiry_date ? T(c.expiry_date) : Time::Zero()) << c.front_matter;
  }
}

TEST(ReadPageMetaTest, FilenameDateAndSlug) {
  ContentOptions o;
  o.dates.date = ExpandDateKeys({":filename", ":default"});
  ASSERT_OK_AND_ASSIGN(PageMeta m, Read("title: x\n", o, "2023-02-03-my-post"));
  EXPECT_EQ(m.date, T("2023-02-03"));
  EXPECT_EQ(m.slug, "my-post");
}

TEST(ReadPageMetaTest, ExpandDateKeysAddsAliases) {
  EXPECT_EQ(
      ExpandDateKeys({"publishDate", ":default", "lastmod"}),
      (std::vector<std::string>{"publishdate", "pubdate", "published", "lastmod", "modified"}));
}

TEST(ReadPageMetaTest, SpecialKeys) {
  ASSERT_OK_AND_ASSIGN(
      PageMeta m,
      Read("title: T\nlinkTitle: L\nslug: s\nurl: /u/\ntype: t\nlayout: l\nweight: 3\n"
           "draft: true\nheadless: true\naliases: [/a/, /b/]\noutputs: [HTML, RSS]\n"
           "_build:\n  render: never\n  list: local\n  publishResources: false\nmyKey: v\n"));
  EXPECT_EQ(m.title, "T");
  EXPECT_EQ(m.link_title, "L");
  EXPECT_EQ(m.slug, "s");
  EXPECT_EQ(m.url, "/u/");
  EXPECT_EQ(m.type, "t");
  EXPECT_EQ(m.layout, "l");
  EXPECT_EQ(m.weight, 3);
  EXPECT_TRUE(m.draft);
  EXPECT_TRUE(m.headless);
  EXPECT_EQ(m.aliases, (std::vector<std::string>{"/a/", "/b/"}));
  EXPECT_EQ(m.outputs, (std::vector<std::string>{"html", "rss"}));
  EXPECT_EQ(m.build.render, BuildOptions::Render::kNever);
  EXPECT_EQ(m.build.list, BuildOptions::List::kLocal);
  EXPECT_FALSE(m.build.publish_resources);
  EXPECT_EQ(m.params.Find("mykey")->AsString(), "v");
}

TEST(ReadPageMetaTest, UnknownDateFormatPointsAtTheValue) {
  StatusOr<PageMeta> m = Read("title: x\ndate: \"Jan 2 2023\"\n");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().ToString(),
            "a.md:3:7: front matter: unknown date format for \"date\": Jan 2 2023\n"
            "  date: \"Jan 2 2023\"\n"
            "        ^");
}

}  // namespace
}  // namespace kiln
