#include "content/front_matter.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

struct SplitCase {
  const char* content;
  std::optional<DataFormat> format;
  const char* text;
  int first_line;
  const char* body;
};

TEST(SplitFrontMatterTest, Formats) {
  const SplitCase kCases[] = {
      {"+++\ntitle = 'x'\n+++\nbody\n", DataFormat::kToml, "title = 'x'\n", 2, "body\n"},
      {"---\ntitle: x\n---\n\nbody", DataFormat::kYaml, "title: x\n", 2, "\nbody"},
      {"{\"title\": \"}\"}\n\nbody", DataFormat::kJson, "{\"title\": \"}\"}", 1, "body"},
      {"just text\n", std::nullopt, "", 1, "just text\n"},
      {"\xEF\xBB\xBF---\na: 1\n---\n", DataFormat::kYaml, "a: 1\n", 2, ""},
      {"---\r\na: 1\r\n---\r\nb", DataFormat::kYaml, "a: 1\r\n", 2, "b"},
  };
  for (const SplitCase& c : kCases) {
    ASSERT_OK_AND_ASSIGN(FrontMatterSplit s, SplitFrontMatter(c.content, "f.md"));
    EXPECT_EQ(s.format, c.format) << c.content;
    EXPECT_EQ(s.text, c.text) << c.content;
    EXPECT_EQ(s.first_line, c.first_line) << c.content;
    EXPECT_EQ(s.body, c.body) << c.content;
  }
}

TEST(SplitFrontMatterTest, UnclosedDelimiter) {
  StatusOr<FrontMatterSplit> s = SplitFrontMatter("---\ntitle: x\n", "content/a.md");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().ToString(),
            "content/a.md:1:1: front matter: no closing \"---\"\n  ---\n  ^");
}

TEST(ParseContentFileTest, DecodesWithFileLines) {
  ASSERT_OK_AND_ASSIGN(ParsedContent p, ParseContentFile("+++\ntitle = 'T'\n+++\nx", "a.md"));
  EXPECT_EQ(p.front_matter.Find("title")->AsString(), "T");
  EXPECT_EQ(p.body, "x");
  StatusOr<ParsedContent> bad = ParseContentFile("---\ntitle: x\n  - : [\n---\n", "b.md");
  ASSERT_FALSE(bad.ok());
  ASSERT_TRUE(bad.status().location().has_value());
  EXPECT_EQ(bad.status().location()->file, "b.md");
  EXPECT_GE(bad.status().location()->line, 2);
}

// Hugo keeps YAML front matter's top-level keys as written; nested keys and values follow
// YAML 1.1 (yes/on/y are true).
TEST(ParseContentFileTest, YamlTopLevelKeysStayAsWritten) {
  ASSERT_OK_AND_ASSIGN(
      ParsedContent p,
      ParseContentFile("---\nyes: a\non: b\n1: c\n~: d\ndraft: yes\ntags: [y, n, 'no']\n"
                       "nest:\n  yes: e\n---\n",
                       "a.md"));
  const Value& fm = p.front_matter;
  EXPECT_EQ(fm.Find("yes")->AsString(), "a");
  EXPECT_EQ(fm.Find("on")->AsString(), "b");
  EXPECT_EQ(fm.Find("1")->AsString(), "c");
  EXPECT_EQ(fm.Find("")->AsString(), "d");
  EXPECT_EQ(*fm.Find("draft"), Value::Bool(true));
  EXPECT_EQ(*fm.Find("tags"),
            Value::List({Value::Bool(true), Value::Bool(false), Value::String("no")}));
  EXPECT_EQ(fm.Find("nest")->Find("true")->AsString(), "e");
  EXPECT_EQ(fm.Find("true"), nullptr);
}

}  // namespace
}  // namespace kiln
