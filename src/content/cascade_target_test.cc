#include "content/cascade_target.h"

#include <gtest/gtest.h>

#include "value/go_format.h"

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

TEST(MergeCascade, EntriesMergeByTargetIntoTheFrontMatter) {
  Value page_target = Value::Map({{"kind", Value::String("page")}});
  // The parent hands down an untargeted entry and one for pages.
  Value parent_fm =
      Value::List({Value::Map({{"color", Value::String("red")}, {"Icon", Value::String("p")}}),
                   Value::Map({{"_target", page_target}, {"banner", Value::String("b")}})});
  Value parent_shown;
  std::vector<CascadeEntry> parent = MergeCascade(parent_fm, {}, &parent_shown);
  EXPECT_EQ(GoValueString(parent_shown), GoValueString(parent_fm));

  struct Case {
    const char* name;
    Value cascade;
    const char* shown;
    size_t entries;
  };
  const Case kCases[] = {
      // A later entry with an earlier one's target gives it the keys it lacks; the parent's
      // untargeted entry does too, as written; its page entry follows on its own.
      {"list",
       Value::List({Value::Map({{"icon", Value::String("c")}}),
                    Value::Map({{"icon", Value::String("d")}, {"extra", Value::String("e")}})}),
       "[map[Icon:p color:red extra:e icon:c] map[extra:e icon:d]]", 2},
      {"map", Value::Params({{"shade", Value::String("dark")}}), "map[Icon:p color:red shade:dark]",
       2},
      {"same target as the parent's page entry",
       Value::List({Value::Map({{"_target", page_target}, {"size", Value::Int(3)}})}),
       "[map[_target:map[kind:page] banner:b size:3]]", 2},
  };
  for (const Case& c : kCases) {
    Value shown;
    std::vector<CascadeEntry> merged = MergeCascade(c.cascade, parent, &shown);
    EXPECT_EQ(GoValueString(shown), c.shown) << c.name;
    EXPECT_EQ(merged.size(), c.entries) << c.name;
  }
}

}  // namespace
}  // namespace kiln
