#include "config/config_printer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "base/strings.h"
#include "base/txtar.h"
#include "testing/status_matchers.h"

namespace kiln {
namespace {

// Each testdata/config/NAME.txtar holds a site's config files and want/config.txt, what
// `hugo config -s <site>` printed for them (tools/config/regen), with the site's directory
// shown as /site, so the site is loaded from /site here. The comment's `flags:` line may hold `-e
// ENV`; its `env:` line the environment variables.
std::vector<std::string> Cases() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator("testdata/config")) {
    if (entry.path().extension() == ".txtar") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string CommentValue(const std::string& comment, const std::string& key) {
  for (std::string_view line : Split(comment, '\n')) {
    if (line.starts_with(key + ":")) return std::string(TrimSpace(line.substr(key.size() + 1)));
  }
  return "";
}

class HugoConfigTest : public ::testing::TestWithParam<std::string> {};

TEST_P(HugoConfigTest, PrintsWhatHugoPrints) {
  RealFileSystem real;
  ASSERT_OK_AND_ASSIGN(std::string text, real.ReadFile("testdata/config/" + GetParam() + ".txtar"));
  TxtarArchive archive = ParseTxtar(text);
  MemoryFileSystem fs;
  std::string want;
  for (const TxtarFile& file : archive.files) {
    if (file.name == "want/config.txt") {
      want = file.data;
    } else {
      ASSERT_OK(fs.WriteFile("/site/" + file.name, file.data));
    }
  }
  ConfigOptions options;
  options.source_dir = "/site";
  options.source_given = true;
  const std::string env = CommentValue(archive.comment, "env");
  for (std::string_view kv : Split(env, ' ')) {
    size_t eq = kv.find('=');
    if (eq != std::string_view::npos) {
      options.env.emplace(std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)));
    }
  }
  std::string flags = CommentValue(archive.comment, "flags");
  if (flags.starts_with("-e ")) options.environment = flags.substr(3);
  ASSERT_OK_AND_ASSIGN(SiteConfig config, LoadSiteConfig(fs, options));
  EXPECT_EQ(PrintConfig(config), want);
}

INSTANTIATE_TEST_SUITE_P(Golden, HugoConfigTest, ::testing::ValuesIn(Cases()));

TEST(GoConfigValueStringTest, GoForms) {
  Time t;
  t.unix_seconds = -62135596800;  // year 1
  struct Case {
    Value value;
    std::string want;
  } cases[] = {
      {Value(), "<nil>"},
      {Value::Float(1e6), "1e+06"},
      {Value::Float(123456), "123456"},
      {Value::Float(0.0001), "0.0001"},
      {Value::Float(-2.5e-7), "-2.5e-07"},
      {Value::FromTime(t), "0001-01-01 00:00:00 +0000 UTC"},
      {Value::List({Value::String("a b"), Value::List({})}), "[a b []]"},
      {Value::Map({{"k", Value::Map({})}}), "map[k:map[]]"},
  };
  for (const Case& c : cases) EXPECT_EQ(GoConfigValueString(c.value), c.want);
}

}  // namespace
}  // namespace kiln
