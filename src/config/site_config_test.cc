#include "config/site_config.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln {
namespace {

ConfigOptions SiteOptions() {
  ConfigOptions options;
  options.source_dir = "site";
  return options;
}

class SiteConfigTest : public ::testing::Test {
 protected:
  void Write(const std::string& path, std::string_view text) {
    ASSERT_OK(fs_.WriteFile(path, text));
  }
  StatusOr<SiteConfig> Load() { return LoadSiteConfig(fs_, options_); }

  MemoryFileSystem fs_;
  ConfigOptions options_ = SiteOptions();
};

TEST_F(SiteConfigTest, Defaults) {
  Write("site/hugo.toml", "baseURL = 'https://example.com/'\ntitle = 'T'\n");
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.base_url, "https://example.com/");
  EXPECT_EQ(c.title, "T");
  EXPECT_EQ(c.environment, "production");
  EXPECT_EQ(c.default_content_language, "en");
  EXPECT_EQ(c.content_dir, "site/content");
  EXPECT_EQ(c.layout_dir, "site/layouts");
  EXPECT_EQ(c.publish_dir, "site/public");
  EXPECT_EQ(c.themes_dir, "site/themes");
  EXPECT_EQ(c.static_dirs, std::vector<std::string>{"site/static"});
  EXPECT_EQ(c.paginate, 10);
  EXPECT_EQ(c.paginate_path, "page");
  EXPECT_EQ(c.summary_length, 70);
  EXPECT_EQ(c.rss_limit, -1);
  EXPECT_TRUE(c.pluralize_list_titles);
  EXPECT_TRUE(c.capitalize_list_titles);
  EXPECT_FALSE(c.ugly_urls);
  EXPECT_FALSE(c.enable_robots_txt);
  EXPECT_EQ(c.title_case_style, "AP");
  EXPECT_EQ(c.taxonomies,
            (std::map<std::string, std::string>{{"category", "categories"}, {"tag", "tags"}}));
  EXPECT_EQ(c.sitemap.filename, "sitemap.xml");
  EXPECT_EQ(c.sitemap.priority, -1);
  EXPECT_TRUE(c.themes.empty());
  EXPECT_TRUE(c.params.is_null());
  ASSERT_NE(c.Get("markup.goldmark.renderer.unsafe"), nullptr);
  EXPECT_EQ(*c.Get("Markup.Goldmark.Renderer.Unsafe"), Value::Bool(false));
  EXPECT_EQ(*c.Get("markup.highlight.style"), Value::String("monokai"));
  EXPECT_EQ(*c.Get("markup.tableOfContents.endLevel"), Value::Int(3));
  EXPECT_EQ(c.Get("nope.nothing"), nullptr);
  EXPECT_EQ(c.printable().Find("markup"), nullptr);
}

TEST_F(SiteConfigTest, KeysAreCaseInsensitiveAndTyped) {
  Write("site/config.yaml",
        "BaseURL: https://x.org/\nuglyURLs: yes\nPaginate: '5'\ndisableKinds: [RSS, Taxonomy]\n"
        "Taxonomies:\n  Series: Series\npermalinks:\n  Posts: /:year/:slug/\n"
        "staticDir: [static, assets/static]\nsitemap:\n  changefreq: weekly\n  priority: 0.5\n"
        "frontmatter:\n  date: [Date, ':filename']\nmarkup:\n  goldmark:\n    renderer:\n"
        "      unsafe: true\nparams:\n  Author: Me\n  Nested: {DeepKey: 1}\n");
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.base_url, "https://x.org/");
  EXPECT_TRUE(c.ugly_urls);
  EXPECT_EQ(c.paginate, 5);
  EXPECT_EQ(c.disable_kinds, (std::vector<std::string>{"rss", "taxonomy"}));
  EXPECT_EQ(c.taxonomies, (std::map<std::string, std::string>{{"series", "Series"}}));
  EXPECT_EQ(c.permalinks, (std::map<std::string, std::string>{{"posts", "/:year/:slug/"}}));
  EXPECT_EQ(c.static_dirs, (std::vector<std::string>{"site/static", "site/assets/static"}));
  EXPECT_EQ(c.sitemap.change_freq, "weekly");
  EXPECT_EQ(c.sitemap.priority, 0.5);
  EXPECT_EQ(c.front_matter.date, (std::vector<std::string>{"date", ":filename"}));
  EXPECT_TRUE(c.front_matter.lastmod.empty());
  EXPECT_EQ(*c.Get("markup.goldmark.renderer.unsafe"), Value::Bool(true));
  EXPECT_EQ(*c.Get("markup.goldmark.renderer.hardwraps"), Value::Bool(false));
  EXPECT_EQ(c.params, Value::Map({{"author", Value::String("Me")},
                                  {"nested", Value::Map({{"deepkey", Value::Int(1)}})}}));
}

TEST_F(SiteConfigTest, HugoFileWinsOverConfigFile) {
  Write("site/hugo.json", R"({"title": "from hugo.json"})");
  Write("site/config.toml", "title = 'from config.toml'\n");
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.title, "from hugo.json");
}

TEST_F(SiteConfigTest, ExplicitConfigFilesMergeInOrder) {
  Write("site/hugo.toml", "title = 'ignored'\n");
  Write("site/a.toml", "title = 'a'\npaginate = 3\n");
  Write("site/b.yaml", "title: b\n");
  options_.config_files = {"a.toml", "b.yaml"};
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.title, "b");
  EXPECT_EQ(c.paginate, 3);
}

TEST_F(SiteConfigTest, ConfigDirectoriesLayerOverTheFile) {
  Write("site/hugo.toml", "baseURL = 'https://root/'\ntitle = 'Root'\n[params]\nr = 1\na = 0\n");
  Write("site/config/_default/hugo.toml", "title = 'Default'\npaginate = 7\n");
  Write("site/config/_default/params.toml", "a = 1\nb = 1\n[nested]\nx = 1\ny = 1\n");
  Write("site/config/_default/menus.en.toml", "[[main]]\nname = 'M'\n");
  Write("site/config/_default/params.fr.yaml", "foo: fr\n");
  Write("site/config/_default/languages.toml", "[en]\nweight = 1\n[fr]\nweight = 2\n");
  Write("site/config/production/params.toml", "b = 2\n[nested]\ny = 2\n");
  Write("site/config/production/config.toml", "title = 'Prod'\n");
  Write("site/config/staging/config.toml", "title = 'Staging'\n");
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.title, "Prod");
  EXPECT_EQ(c.paginate, 7);
  EXPECT_EQ(c.params,
            Value::Map({{"a", Value::Int(1)},
                        {"b", Value::Int(2)},
                        {"nested", Value::Map({{"x", Value::Int(1)}, {"y", Value::Int(2)}})},
                        {"r", Value::Int(1)}}));
  EXPECT_EQ(*c.Get("languages.en.menus.main"),
            Value::List({Value::Map({{"name", Value::String("M")}})}));
  EXPECT_EQ(*c.Get("languages.fr.params.foo"), Value::String("fr"));
  EXPECT_EQ(*c.Get("languages.fr.weight"), Value::Int(2));

  options_.environment = "staging";
  ASSERT_OK_AND_ASSIGN(SiteConfig staging, Load());
  EXPECT_EQ(staging.title, "Staging");
  EXPECT_EQ(staging.environment, "staging");
  EXPECT_EQ(*staging.Get("params.b"), Value::Int(1));
}

TEST_F(SiteConfigTest, ConfigDirectoryAlone) {
  Write("site/config/_default/hugo.yaml", "title: Only dir\n");
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.title, "Only dir");
}

TEST_F(SiteConfigTest, EnvironmentOverrides) {
  Write("site/hugo.toml", "title = 'T'\n[params]\na = 1\n[params.nested]\ny = 1\nlist = [1]\n");
  options_.env = {{"HUGO_PARAMS_A", "5"},
                  {"HUGO_PARAMS_NEW", "x"},
                  {"HUGO_PAGINATE", "3"},
                  {"HUGO_UGLYURLS", "true"},
                  {"HUGO_TITLE", "Env"},
                  {"HUGOxPARAMSxNESTEDxY", "9"},
                  {"HUGO_RSSLIMIT", "many"},
                  {"HUGO_PARAMS_NESTED_LIST", "[a, b]"},
                  {"HUGO_SUMMARYLENGTH", "20.0"},
                  {"HUGO", "ignored"},
                  {"PATH", "/bin"}};
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.title, "Env");
  EXPECT_EQ(c.paginate, 3);
  EXPECT_TRUE(c.ugly_urls);
  EXPECT_EQ(c.rss_limit, -1);  // "many" does not convert to an int: ignored
  EXPECT_EQ(c.summary_length, 20);
  EXPECT_EQ(*c.Get("params.a"), Value::Int(5));
  EXPECT_EQ(*c.Get("params.new"), Value::String("x"));
  EXPECT_EQ(*c.Get("params.nested.y"), Value::Int(9));
  EXPECT_EQ(*c.Get("params.nested.list"), Value::List({Value::String("a"), Value::String("b")}));
  EXPECT_EQ(*c.printable().Find("uglyurls"), Value::Bool(true));
}

TEST_F(SiteConfigTest, FlagsWinOverEverything) {
  Write("site/hugo.toml", "baseURL = 'https://file/'\nbuildDrafts = false\npublishDir = 'out'\n");
  Write("site/themes/t1/theme.toml", "name = 't1'\n");
  options_.env = {{"HUGO_BASEURL", "https://env/"}};
  options_.base_url = "https://flag/";
  options_.destination = "../dist";
  options_.build_drafts = true;
  options_.build_future = true;
  options_.theme = "t1";
  options_.clean_destination_dir = true;
  options_.environment = "development";
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.base_url, "https://flag/");
  EXPECT_EQ(c.publish_dir, "dist");
  EXPECT_TRUE(c.build_drafts);
  EXPECT_TRUE(c.build_future);
  EXPECT_FALSE(c.build_expired);
  EXPECT_TRUE(c.clean_destination_dir);
  EXPECT_EQ(c.themes, std::vector<std::string>{"t1"});
  EXPECT_EQ(c.theme_dirs, std::vector<std::string>{"site/themes/t1"});
  EXPECT_EQ(*c.printable().Find("publishdirorig"), Value::String("out"));
  EXPECT_EQ(*c.printable().Find("environment"), Value::String("development"));
}

TEST_F(SiteConfigTest, ThemesFillInOnlyWhatHugoTakes) {
  Write("site/hugo.toml",
        "theme = ['a', 'b']\ntitle = 'Site'\n[params]\nauthor = 'Me'\n"
        "[[menus.main]]\nname = 'Home'\n[outputFormats.MyF]\nmediaType = 'text/plain'\n"
        "[languages.en]\nweight = 1\n");
  Write("site/themes/a/config.toml",
        "title = 'Theme'\ncopyright = 'TC'\n[params]\nauthor = 'Theme'\nthemeParam = 1\n"
        "[params.sub]\nx = 1\n[markup.highlight]\nstyle = 'dracula'\n"
        "[[menus.main]]\nname = 'ThemeItem'\n[[menus.footer]]\nname = 'F'\n"
        "[outputFormats.MyF]\nbaseName = 'x'\n[outputFormats.Other]\nmediaType = 'text/html'\n"
        "[mediaTypes.'text/x']\nsuffixes = ['x']\n[taxonomies]\nseries = 'series'\n"
        "[languages.en.params]\nlp = 1\n[languages.de]\nweight = 2\n");
  Write("site/themes/b/hugo.yaml", "params:\n  themeParam: 2\n  fromB: true\n");
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.themes, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(c.theme_dirs, (std::vector<std::string>{"site/themes/a", "site/themes/b"}));
  EXPECT_EQ(c.title, "Site");
  EXPECT_EQ(c.Get("copyright"), nullptr);
  EXPECT_EQ(*c.Get("markup.highlight.style"), Value::String("monokai"));
  EXPECT_EQ(c.taxonomies.size(), 2u);
  EXPECT_EQ(c.params, Value::Map({{"author", Value::String("Me")},
                                  {"fromb", Value::Bool(true)},
                                  {"sub", Value::Map({{"x", Value::Int(1)}})},
                                  {"themeparam", Value::Int(1)}}));
  EXPECT_EQ(c.menus,
            Value::Map({{"footer", Value::List({Value::Map({{"name", Value::String("F")}})})},
                        {"main", Value::List({Value::Map({{"name", Value::String("Home")}})})}}));
  EXPECT_EQ(c.output_formats,
            Value::Map({{"myf", Value::Map({{"mediatype", Value::String("text/plain")}})},
                        {"other", Value::Map({{"mediatype", Value::String("text/html")}})}}));
  EXPECT_EQ(*c.Get("mediatypes.text/x.suffixes"), Value::List({Value::String("x")}));
  EXPECT_EQ(c.Get("languages.en.params"), nullptr);
  EXPECT_EQ(c.Get("languages.de"), nullptr);
}

TEST_F(SiteConfigTest, ThemeComponentsComeRightAfterTheirTheme) {
  Write("site/hugo.toml", "theme = ['a', 'b']\n");
  Write("site/themes/a/config.toml", "theme = 'c'\n[params]\npa = 1\n");
  Write("site/themes/b/config.toml", "[params]\nx = 'b'\n");
  Write("site/themes/c/config.toml", "theme = 'a'\n[params]\nx = 'c'\n");
  ASSERT_OK_AND_ASSIGN(SiteConfig c, Load());
  EXPECT_EQ(c.themes, (std::vector<std::string>{"a", "c", "b"}));
  EXPECT_EQ(c.params, Value::Map({{"pa", Value::Int(1)}, {"x", Value::String("c")}}));
  EXPECT_EQ(*c.printable().Find("theme"), Value::List({Value::String("a"), Value::String("b")}));
}

struct ErrorCase {
  std::string name;
  std::string path;
  std::string text;
  std::string want;
};

class SiteConfigErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SiteConfigErrorTest, NamesTheProblem) {
  const ErrorCase& c = GetParam();
  MemoryFileSystem fs;
  if (!c.path.empty()) ASSERT_OK(fs.WriteFile(c.path, c.text));
  StatusOr<SiteConfig> config = LoadSiteConfig(fs, SiteOptions());
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().ToString(), c.want);
}

INSTANTIATE_TEST_SUITE_P(
    All, SiteConfigErrorTest,
    ::testing::Values(
        ErrorCase{"NoConfig", "", "",
                  "no config file in site: looked for hugo.toml|yaml|json, config.toml|yaml|json "
                  "and config/_default/"},
        ErrorCase{"Syntax", "site/hugo.toml", "title = 'x'\nbaseURL = \n",
                  "site/hugo.toml:2:11: invalid TOML: Error while parsing key-value pair: "
                  "expected value, saw '\\n'\n  baseURL = \n            ^"},
        ErrorCase{"SyntaxInConfigDir", "site/config/_default/params.yaml", "a: [1\n",
                  "site/config/_default/params.yaml:2:1: invalid YAML: did not find expected "
                  "',' or ']'"},
        ErrorCase{"NotATable", "site/config.yaml", "- a\n",
                  "config file site/config.yaml: the top level must be a table"},
        ErrorCase{"MissingTheme", "site/hugo.toml", "theme = 'gone'\n",
                  "theme \"gone\" not found: no directory site/themes/gone (themes are looked up "
                  "in site/themes)"},
        ErrorCase{"BadInt", "site/hugo.toml", "paginate = 'ten'\n",
                  "invalid config value for \"paginate\": want an integer, got string \"ten\""},
        ErrorCase{"BadBool", "site/hugo.toml", "uglyURLs = [true]\n",
                  "invalid config value for \"uglyurls\": want a boolean, got []interface {}"},
        ErrorCase{"BadMap", "site/hugo.toml", "[permalinks]\nposts = ['/x/']\n",
                  "invalid config value for \"permalinks.posts\": want a string, got "
                  "[]interface {}"},
        ErrorCase{"BadSection", "site/hugo.toml", "params = 'x'\n",
                  "invalid config value for \"params\": want a table, got string \"x\""}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return info.param.name; });

}  // namespace
}  // namespace kiln
