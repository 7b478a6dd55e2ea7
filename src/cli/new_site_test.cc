#include "cli/new_site.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

TEST(NewSiteTest, CreatesHugosSkeleton) {
  MemoryFileSystem fs;
  ASSERT_OK(CreateSiteSkeleton(fs, "blog", DataFormat::kToml));
  EXPECT_EQ(fs.Snapshot("blog"),
            (std::map<std::string, std::string>{
                {"archetypes/default.md",
                 "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n"
                 "draft: true\n---\n\n"},
                {"config.toml",
                 "baseURL = 'http://example.org/'\nlanguageCode = 'en-us'\n"
                 "title = 'My New Hugo Site'\n"}}));
  for (const char* dir : {"assets", "content", "data", "layouts", "public", "static", "themes"}) {
    EXPECT_TRUE(fs.IsDir(std::string("blog/") + dir)) << dir;
  }
}

TEST(NewSiteTest, ConfigFormats) {
  MemoryFileSystem fs;
  ASSERT_OK(CreateSiteSkeleton(fs, "y", DataFormat::kYaml));
  ASSERT_OK(CreateSiteSkeleton(fs, "j", DataFormat::kJson));
  EXPECT_EQ(*fs.ReadFile("y/config.yaml"),
            "baseURL: http://example.org/\nlanguageCode: en-us\ntitle: My New Hugo Site\n");
  EXPECT_EQ(*fs.ReadFile("j/config.json"),
            "{\n   \"baseURL\": \"http://example.org/\",\n   \"languageCode\": \"en-us\",\n"
            "   \"title\": \"My New Hugo Site\"\n}\n");
}

TEST(NewSiteTest, RefusesANonEmptyDirectory) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.MakeDirs("empty"));
  EXPECT_OK(CreateSiteSkeleton(fs, "empty", DataFormat::kToml));
  ASSERT_OK(fs.WriteFile("full/x", "x"));
  Status s = CreateSiteSkeleton(fs, "full", DataFormat::kToml);
  EXPECT_EQ(s.code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(s.ToString(), "full already exists and is not empty");
}

}  // namespace
}  // namespace kiln
