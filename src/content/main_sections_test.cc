#include "content/main_sections.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "value/time_parse.h"

namespace kiln {
namespace {

struct MainSectionCase {
  std::string name;
  std::vector<std::string> files;  // content-relative paths of regular pages
  std::string want;
};

class DefaultMainSectionTest : public ::testing::TestWithParam<MainSectionCase> {};

TEST_P(DefaultMainSectionTest, PicksTheFullestTopLevelSection) {
  MemoryFileSystem fs;
  for (const std::string& f : GetParam().files) {
    ASSERT_OK(fs.WriteFile("site/content/" + f, "---\ntitle: T\n---\n"));
  }
  ContentOptions o;
  o.now_unix_seconds = ParseHugoTime("2024-01-01")->unix_seconds;
  ASSERT_OK_AND_ASSIGN(LoadedContent loaded, LoadContent(fs, {"site/content"}, o));
  ASSERT_OK_AND_ASSIGN(auto tree, ContentTree::Assemble(std::move(loaded), o));
  EXPECT_EQ(DefaultMainSection(*tree), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DefaultMainSectionTest,
    ::testing::Values(
        MainSectionCase{"NoSections", {"about.md"}, ""},
        MainSectionCase{"MostPages", {"a/1.md", "b/1.md", "b/2.md", "about.md"}, "b"},
        MainSectionCase{"TieGoesToFirstName", {"b/1.md", "a/1.md"}, "a"},
        // Pages of nested directories, sections or not, count for their top section.
        MainSectionCase{
            "NestedPagesCount", {"a/x/y/1.md", "a/x/2.md", "a/x/_index.md", "b/1.md"}, "a"},
        MainSectionCase{"IndexOnlySectionCountsNothing", {"a/_index.md", "b/1.md"}, "b"}),
    [](const ::testing::TestParamInfo<MainSectionCase>& info) { return info.param.name; });

TEST(ParamsWithMainSectionsTest, AddsBothSpellingsUnlessConfigured) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/content/posts/a.md", "---\ntitle: A\n---\n"));
  ContentOptions o;
  ASSERT_OK_AND_ASSIGN(LoadedContent loaded, LoadContent(fs, {"site/content"}, o));
  ASSERT_OK_AND_ASSIGN(auto tree, ContentTree::Assemble(std::move(loaded), o));

  Value added = ParamsWithMainSections(Value(), *tree);
  ASSERT_EQ(added.kind(), ValueKind::kMap);
  ASSERT_EQ(added.AsMap().size(), 2u);
  EXPECT_EQ(added.AsMap().at("mainSections").AsList().at(0).AsString(), "posts");
  EXPECT_EQ(added.AsMap().at("mainsections").AsList().at(0).AsString(), "posts");

  Value configured = Value::Params({{"mainsections", Value::List({Value::String("x")})}});
  Value kept = ParamsWithMainSections(configured, *tree);
  ASSERT_EQ(kept.AsMap().size(), 1u);
  EXPECT_EQ(kept.AsMap().at("mainsections").AsList().at(0).AsString(), "x");
}

}  // namespace
}  // namespace kiln
