#include "content/cascade_target.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(SlashGlobMatch, Table) {
  struct Case {
    const char* pattern;
    const char* text;
    bool want;
  };
  const Case kCases[] = {
      {"/blog/**", "/blog/a.md", true},
      {"/blog/**", "/blog/sub/b.md", true},
      {"/blog/*", "/blog/a.md", true},
      {"/blog/*", "/blog/sub/b.md", false},
      {"/docs/*", "/docs/bun/index.md", false},
      {"/blog/a", "/blog/a.md", false},
      {"{/docs,/blog/sub}", "/docs", true},
      {"{/docs,/blog/sub}", "/blog/sub/_index.md", false},
      {"/blog/sub/*.md", "/blog/sub/_index.md", true},
      {"/blog/?.md", "/blog/a.md", true},
      {"/blog/[a-c].md", "/blog/b.md", true},
      {"/blog/[!a-c].md", "/blog/b.md", false},
      {"{home,taxonomy}", "taxonomy", true},
      {"", "", true},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(SlashGlobMatch(c.pattern, c.text), c.want) << c.pattern << " vs " << c.text;
  }
}

TEST(ParseCascade, ListAndMapForms) {
  ValueMap target{{"kind", Value::String("Page")}, {"path", Value::String("/Blog/**")}};
  Value list =
      Value::List({Value::Map({{"_target", Value::Map(target)}, {"color", Value::String("red")}}),
                   Value::String("ignored"), Value::Map({{"size", Value::String("big")}})});
  std::vector<CascadeEntry> entries = ParseCascade(list);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].target.kind, "page");
  EXPECT_EQ(entries[0].target.path, "/blog/**");
  EXPECT_EQ(entries[0].values.size(), 2u);
  EXPECT_EQ(entries[0].values.count("_target"), 1u);
  EXPECT_EQ(entries[1].target.kind, "");
  EXPECT_EQ(
      ParseCascade(Value::Map({{"_target", Value::Map(target)}, {"a", Value::Int(1)}})).size(), 1u);
}

TEST(CascadeTargetMatches, EveryFieldMustMatch) {
  CascadeTarget t{"page", "/blog/**", "en", "production"};
  EXPECT_TRUE(CascadeTargetMatches(t, {"page", "Blog/A.md", "en", "production"}));
  EXPECT_FALSE(CascadeTargetMatches(t, {"section", "blog/_index.md", "en", "production"}));
  EXPECT_FALSE(CascadeTargetMatches(t, {"page", "blog/a.md", "fr", "production"}));
  EXPECT_FALSE(CascadeTargetMatches(t, {"page", "blog/a.md", "en", "development"}));
  EXPECT_TRUE(CascadeTargetMatches({}, {"home", "_index.md", "en", "production"}));
}

}  // namespace
}  // namespace kiln
