#include "site/data_loader.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

TEST(LoadDataDirsTest, NestsByPathAndSitePrecedesTheme) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/data/authors.yaml", "jane:\n  name: Jane\n"));
  ASSERT_OK(fs.WriteFile("site/data/nested/info.json", "{\"a\": 1}\n"));
  ASSERT_OK(fs.WriteFile("site/data/notes.txt", "ignored\n"));
  ASSERT_OK(fs.WriteFile("theme/data/authors.toml", "[bob]\nname = 'Bob'\n"));
  ASSERT_OK(fs.WriteFile("theme/data/extra.toml", "x = 1\n"));
  ASSERT_OK_AND_ASSIGN(Value data, LoadDataDirs(fs, {"site/data", "theme/data", "missing"}));
  ASSERT_EQ(data.kind(), ValueKind::kMap);
  EXPECT_EQ(data.AsMap().size(), 3u);
  EXPECT_EQ(data.Find("authors")->Find("jane")->Find("name")->AsString(), "Jane");
  EXPECT_EQ(data.Find("authors")->Find("bob"), nullptr);
  EXPECT_EQ(data.Find("nested")->Find("info")->Find("a")->AsFloat(), 1.0);
  EXPECT_EQ(data.Find("extra")->Find("x")->AsInt(), 1);
}

TEST(LoadDataDirsTest, DecodeErrorNamesTheFile) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("d/bad.json", "{\n  \"a\": ,\n}\n"));
  StatusOr<Value> data = LoadDataDirs(fs, {"d"});
  ASSERT_FALSE(data.ok());
  ASSERT_TRUE(data.status().location().has_value());
  EXPECT_EQ(data.status().location()->file, "data/bad.json");
  EXPECT_EQ(data.status().location()->line, 2);
}

}  // namespace
}  // namespace kiln
