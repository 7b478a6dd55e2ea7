#include "config/languages.h"

#include <gtest/gtest.h>

#include "config/config_printer.h"
#include "config/site_config.h"
#include "testing/status_matchers.h"

namespace kiln {
namespace {

// "key:weight:name:code:title:contentdir" for each language, in order.
std::vector<std::string> Describe(const std::vector<LanguageConfig>& languages) {
  std::vector<std::string> out;
  for (const LanguageConfig& l : languages) {
    out.push_back(l.key + ":" + std::to_string(l.weight) + ":" + l.name + ":" + l.code + ":" +
                  l.title + ":" + l.content_dir);
  }
  return out;
}

StatusOr<SiteConfig> LoadToml(std::string_view toml) {
  MemoryFileSystem fs;
  RETURN_IF_ERROR(fs.WriteFile("site/config.toml", toml));
  ConfigOptions options;
  options.source_dir = "site";
  return LoadSiteConfig(fs, options);
}

TEST(LanguagesTest, EnabledLanguagesInHugoOrder) {
  struct Case {
    std::string toml;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"", {"en:0::::"}},
      {"defaultContentLanguage = 'FR'", {"fr:0::::"}},
      {"[languages.en]\nweight = 2\n[languages.fr]\nweight = 1\nlanguageName = 'Français'\n"
       "languageCode = 'fr-FR'\ntitle = 'T'\ncontentDir = 'content/fr'\n",
       {"fr:1:Français:fr-FR:T:site/content/fr", "en:2::::"}},
      // Unset weights sort last; ties go by key.
      {"[languages.en]\n[languages.de]\nweight = 5\n[languages.fr]\n[languages.ab]\nweight = 5\n",
       {"ab:5::::", "de:5::::", "en:0::::", "fr:0::::"}},
      {"disableLanguages = ['DE']\n[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n"
       "[languages.fr]\nweight = 3\ndisabled = true\n",
       {"en:1::::"}},
      {"[languages.en]\ncontentDir = '/abs/dir'\n", {"en:0::::/abs/dir"}},
  };
  for (const Case& c : cases) {
    ASSERT_OK_AND_ASSIGN(SiteConfig config, LoadToml(c.toml));
    EXPECT_EQ(Describe(config.languages_enabled), c.want) << c.toml;
  }
}

TEST(LanguagesTest, ParamsAndSubdirSettings) {
  ASSERT_OK_AND_ASSIGN(SiteConfig config,
                       LoadToml("defaultContentLanguageInSubdir = true\n[languages.en]\n"
                                "[languages.en.params]\nGreeting = 'hi'\n"));
  EXPECT_TRUE(config.default_content_language_in_subdir);
  ASSERT_EQ(config.languages_enabled.size(), 1u);
  EXPECT_EQ(config.languages_enabled[0].params, Value::Map({{"greeting", Value::String("hi")}}));
}

TEST(LanguagesTest, PrintedConfigMarksDisableLanguagesAsDisabled) {
  ASSERT_OK_AND_ASSIGN(SiteConfig config,
                       LoadToml("disableLanguages = ['de']\n[languages.en]\nweight = 1\n"
                                "[languages.de]\nweight = 3\n"));
  EXPECT_EQ(PrintConfig(config).find("languages = map[de:map[disabled:true weight:3] "
                                     "en:map[weight:1]]\n") != std::string::npos,
            true)
      << PrintConfig(config);
}

TEST(LanguagesTest, DefaultLanguageMustBeDefined) {
  StatusOr<SiteConfig> config = LoadToml("[languages.fr]\nweight = 1\n");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().message(),
            "site config value \"en\" for defaultContentLanguage does not match any language "
            "definition");
}

}  // namespace
}  // namespace kiln
