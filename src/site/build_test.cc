#include "site/build.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "value/time_parse.h"

namespace kiln {
namespace {

using Files = std::map<std::string, std::string>;

class BuildSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_OK(fs_.WriteFile("s/config.toml", "baseURL = 'https://example.com/'\n"));
    ASSERT_OK(fs_.WriteFile("s/layouts/_default/single.html", "{{ .Title }}\n"));
    ASSERT_OK(fs_.WriteFile("s/layouts/_default/list.html", "{{ .Paginator }}\n"));
    ASSERT_OK(fs_.WriteFile("s/content/posts/a.md",
                            "---\ntitle: A\ndate: 2023-01-01\n"
                            "aliases: [/old/]\n---\n"));
    ASSERT_OK(fs_.WriteFile("s/static/x.css", "x\n"));
  }

  StatusOr<BuildSummary> Build(bool clean) {
    ConfigOptions options;
    options.source_dir = "s";
    options.clean_destination_dir = clean;
    ASSIGN_OR_RETURN(SiteConfig config, LoadSiteConfig(fs_, options));
    return BuildSite(BuildRequest{&config, &fs_, &clock_, 2});
  }

  MemoryFileSystem fs_;
  FakeClock clock_{ParseHugoTime("2024-01-01")->unix_seconds * 1000000000};
};

TEST_F(BuildSiteTest, SummaryCountsAndPaths) {
  ASSERT_OK_AND_ASSIGN(BuildSummary summary, Build(false));
  ASSERT_EQ(summary.languages.size(), 1u);
  const LanguageCounts& s = summary.languages[0];
  EXPECT_EQ(s.lang, "en");
  EXPECT_EQ(s.pages, 9);  // HTML: home, posts, a, tags, categories; RSS: all but a
  EXPECT_EQ(s.paginator_pages, 0);
  EXPECT_EQ(s.aliases, 5);  // /old/ and page/1 of home, posts, tags, categories
  EXPECT_EQ(s.static_files, 1);
  EXPECT_EQ(s.sitemaps, 1);
  std::vector<std::string> paths;
  for (const auto& [path, data] : fs_.Snapshot("s/public")) paths.push_back(path);
  EXPECT_EQ(paths, (std::vector<std::string>{
                       "categories/index.html", "categories/index.xml",
                       "categories/page/1/index.html", "index.html", "index.xml", "old/index.html",
                       "page/1/index.html", "posts/a/index.html", "posts/index.html",
                       "posts/index.xml", "posts/page/1/index.html", "sitemap.xml",
                       "tags/index.html", "tags/index.xml", "tags/page/1/index.html", "x.css"}));
}

TEST_F(BuildSiteTest, StaleFilesStayUnlessCleaning) {
  ASSERT_OK(fs_.WriteFile("s/public/stale.html", "old\n"));
  ASSERT_OK(Build(false).status());
  EXPECT_TRUE(fs_.Exists("s/public/stale.html"));
  ASSERT_OK(Build(true).status());
  EXPECT_FALSE(fs_.Exists("s/public/stale.html"));
  EXPECT_TRUE(fs_.Exists("s/public/index.html"));
}

TEST_F(BuildSiteTest, SameInputSameBytes) {
  ASSERT_OK(Build(true).status());
  Files first = fs_.Snapshot("s/public");
  ASSERT_OK(Build(true).status());
  EXPECT_EQ(fs_.Snapshot("s/public"), first);
}

// The root sitemap of a multilingual site indexes each language's sitemap with the newest
// change inside its sections (hugo 0.111.3's bytes); the counts go per language.
TEST(BuildSiteMultilingualTest, SitemapIndexAndSummaryColumns) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("s/config.toml",
                         "baseURL = 'https://example.com/sub/'\n[languages.en]\nweight = 1\n"
                         "[languages.fr]\nweight = 2\n"));
  ASSERT_OK(fs.WriteFile("s/content/posts/a.md",
                         "---\ntitle: A\ndate: 2023-01-01T10:00:00+02:00\n---\n"));
  ASSERT_OK(fs.WriteFile("s/content/b.fr.md", "---\ntitle: B\ndate: 2023-01-01\n---\n"));
  ASSERT_OK(fs.WriteFile("s/layouts/_default/single.html", "x\n"));
  ASSERT_OK(fs.WriteFile("s/layouts/_default/list.html", "x\n"));
  ConfigOptions options;
  options.source_dir = "s";
  ASSERT_OK_AND_ASSIGN(SiteConfig config, LoadSiteConfig(fs, options));
  FakeClock clock(ParseHugoTime("2024-01-01")->unix_seconds * 1000000000);
  ASSERT_OK_AND_ASSIGN(BuildSummary summary, BuildSite(BuildRequest{&config, &fs, &clock, 2}));
  std::vector<std::string> columns;
  for (const LanguageCounts& c : summary.languages) {
    columns.push_back(c.lang + " " + std::to_string(c.pages) + " " + std::to_string(c.aliases) +
                      " " + std::to_string(c.sitemaps));
  }
  EXPECT_EQ(columns, (std::vector<std::string>{"en 9 1 2", "fr 7 0 1"}));
  ASSERT_OK_AND_ASSIGN(std::string index, fs.ReadFile("s/public/sitemap.xml"));
  EXPECT_EQ(index,
            "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            "  \n"
            "  <sitemap>\n"
            "    <loc>https://example.com/sub/en/sitemap.xml</loc>\n"
            "    \n"
            "      <lastmod>2023-01-01T10:00:00+02:00</lastmod>\n"
            "    \n"
            "  </sitemap>\n"
            "  \n"
            "  <sitemap>\n"
            "    <loc>https://example.com/sub/fr/sitemap.xml</loc>\n"
            "    \n"
            "  </sitemap>\n"
            "  \n"
            "</sitemapindex>\n");
}

}  // namespace
}  // namespace kiln
