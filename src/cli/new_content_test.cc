#include "cli/new_content.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

// 2023-03-04T05:06:07Z.
constexpr int64_t kNow = 1677906367LL * 1000000000;

class NewContentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_OK(fs_.WriteFile("site/hugo.toml", "theme = 't'\n"));
    ASSERT_OK(fs_.MakeDirs("site/themes/t"));
  }
  StatusOr<std::string> Create(const std::string& path, const std::string& kind = "") {
    ConfigOptions options;
    options.source_dir = "site";
    ASSIGN_OR_RETURN(config_, LoadSiteConfig(fs_, options));
    return CreateContent(NewContentRequest{&config_, &fs_, &clock_, path, kind});
  }

  MemoryFileSystem fs_;
  FakeClock clock_{kNow};
  SiteConfig config_;
};

TEST_F(NewContentTest, BuiltinArchetype) {
  ASSERT_OK_AND_ASSIGN(std::string path, Create("posts/my-first-post.md"));
  EXPECT_EQ(path, "site/content/posts/my-first-post.md");
  EXPECT_EQ(*fs_.ReadFile(path),
            "---\ntitle: \"My First Post\"\ndate: 2023-03-04T05:06:07Z\ndraft: true\n---\n\n");
}

TEST_F(NewContentTest, LookupOrder) {
  ASSERT_OK(fs_.WriteFile("site/themes/t/archetypes/posts.md", "theme posts {{ .Name }}\n"));
  ASSERT_OK(fs_.WriteFile("site/themes/t/archetypes/default.md", "theme default\n"));
  ASSERT_OK(fs_.WriteFile("site/archetypes/default.md", "site default\n"));
  ASSERT_OK(fs_.WriteFile("site/archetypes/notes.md",
                          "{{ .Name }} {{ .Type }} {{ .Section }} {{ .Date }}\n"));
  ASSERT_OK_AND_ASSIGN(std::string a, Create("posts/a.md"));
  EXPECT_EQ(*fs_.ReadFile(a), "theme posts a\n");
  ASSERT_OK_AND_ASSIGN(std::string b, Create("blog/b.md"));
  EXPECT_EQ(*fs_.ReadFile(b), "site default\n");
  ASSERT_OK_AND_ASSIGN(std::string c, Create("blog/c-d.md", "notes"));
  EXPECT_EQ(*fs_.ReadFile(c), "c-d notes blog 2023-03-04T05:06:07Z\n");
  ASSERT_OK(fs_.RemoveAll("site/archetypes/default.md"));
  ASSERT_OK_AND_ASSIGN(std::string d, Create("about.md"));
  EXPECT_EQ(*fs_.ReadFile(d), "theme default\n");
}

TEST_F(NewContentTest, DirectoryArchetypeMakesABundle) {
  ASSERT_OK(fs_.WriteFile("site/archetypes/bun/index.md",
                          "title: \"{{ replace .Name \"-\" \" \" | title }}\" {{ .Section }} "
                          "{{ .Type }}\n"));
  ASSERT_OK(fs_.WriteFile("site/archetypes/bun/bio.md", "bio {{ .Name }} {{ .Type }}\n"));
  ASSERT_OK(fs_.WriteFile("site/archetypes/bun/img/a.txt", "raw {{ .Name }}\n"));
  ASSERT_OK(fs_.WriteFile("site/themes/t/archetypes/bun/index.md", "theme index\n"));
  ASSERT_OK(fs_.WriteFile("site/themes/t/archetypes/bun/extra.md", "theme {{ .Name }}\n"));
  ASSERT_OK_AND_ASSIGN(std::string dir, Create("posts/my-post", "bun"));
  EXPECT_EQ(dir, "site/content/posts/my-post");
  const std::pair<const char*, const char*> kWant[] = {
      {"index.md", "title: \"My Post\" posts bun\n"},
      {"bio.md", "bio bio bun\n"},
      {"img/a.txt", "raw {{ .Name }}\n"},
      {"extra.md", "theme extra\n"},
  };
  for (const auto& [file, want] : kWant) {
    EXPECT_EQ(*fs_.ReadFile(dir + "/" + file), want) << file;
  }
  EXPECT_EQ(Create("posts/my-post", "bun").status().ToString(),
            "site/content/posts/my-post already exists");
}

TEST_F(NewContentTest, Errors) {
  ASSERT_OK(Create("posts/x.md").status());
  EXPECT_EQ(Create("posts/x.md").status().ToString(), "site/content/posts/x.md already exists");
  ASSERT_OK(fs_.WriteFile("site/archetypes/bad.md", "{{ .Name \n"));
  EXPECT_EQ(Create("bad/y.md").status().ToString(),
            "template: site/archetypes/bad.md:2: unclosed action started at "
            "site/archetypes/bad.md:1");
  EXPECT_FALSE(fs_.Exists("site/content/bad/y.md"));
}

TEST(TitleCaseTest, ApStyle) {
  const std::pair<const char*, const char*> cases[] = {
      {"my first post", "My First Post"},
      {"a tale of two cities and the end", "A Tale of Two Cities and the End"},
      {"the end of it", "The End of It"},
      {"GO on", "GO On"},
      {"  spaced   out ", "Spaced Out"},
      {"", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(TitleCaseAP(in), want) << in;
}

}  // namespace
}  // namespace kiln
