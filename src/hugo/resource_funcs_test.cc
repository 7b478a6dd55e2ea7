#include "hugo/resource_funcs.h"

#include <gtest/gtest.h>

#include <atomic>

#include "base/file_system.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

TEST(AssetGlobMatch, SegmentsAndAlternatives) {
  struct Case {
    const char* pattern;
    const char* path;
    bool match;
  } cases[] = {
      {"css/*.css", "css/a.css", true},
      {"*.css", "css/a.css", false},
      {"**.css", "css/a.css", true},
      {"**/*.css", "css/x/a.css", true},
      {"CSS/?.css", "css/a.css", true},
      {"css/?.css", "css/ab.css", false},
      {"{css,js}/*", "js/main.js", true},
      {"{css,js}/*", "img/i.svg", false},
      {"**", "a/b/c", true},
      {"css/*", "css/x/a.css", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(AssetGlobMatch(c.pattern, c.path), c.match) << c.pattern << " " << c.path;
  }
}

TEST(ResourceContext, UnionListingAndUrls) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/assets/css/a.css", "site"));
  ASSERT_OK(fs.WriteFile("theme/assets/css/a.css", "theme"));
  ASSERT_OK(fs.WriteFile("theme/assets/js/t.js", "t"));
  ResourceContext ctx(&fs, {"site/assets", "theme/assets"}, "https://example.org/sub/");
  ASSERT_OK_AND_ASSIGN(const std::vector<AssetFile>* all, ctx.AllAssets());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].filesystem_path, "site/assets/css/a.css");
  EXPECT_EQ((*all)[1].rel_path, "js/t.js");
  EXPECT_EQ(ctx.FindAsset("js/t.js")->filesystem_path, "theme/assets/js/t.js");
  EXPECT_FALSE(ctx.FindAsset("nope.css").has_value());
  EXPECT_EQ(ctx.RelPermalink("css/a.css"), "/sub/css/a.css");
  EXPECT_EQ(ctx.Permalink("css/a.css"), "https://example.org/sub/css/a.css");
}

TEST(ResourceContext, CachesOncePerKeyAndPublishesFirstContent) {
  MemoryFileSystem fs;
  ResourceContext ctx(&fs, {}, "/");
  int calls = 0;
  auto compute = [&]() -> StatusOr<Value> { return Value::Int(++calls); };
  ASSERT_OK_AND_ASSIGN(Value a, ctx.Cached("k", compute));
  ASSERT_OK_AND_ASSIGN(Value b, ctx.Cached("k", compute));
  EXPECT_EQ(a.AsInt(), 1);
  EXPECT_EQ(b.AsInt(), 1);
  ctx.Publish("x.css", std::make_shared<const std::string>("first"));
  ctx.Publish("x.css", std::make_shared<const std::string>("second"));
  EXPECT_EQ(*ctx.Published().at("x.css"), "first");
}

}  // namespace
}  // namespace kiln::hugo
