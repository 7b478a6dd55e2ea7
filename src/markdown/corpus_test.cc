// kiln's own Markdown corpus, testdata/markdown/corpus/*.txtar: each archive's input.md rendered
// with its config.toml must give hugo's .Content (want.html) and .TableOfContents (want.toc)
// byte for byte. Archives listed as "corpus NAME" in testdata/markdown/known-failures.txt must
// still fail, so the list stays exact.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "base/strings.h"
#include "base/txtar.h"
#include "markdown/markdown.h"
#include "markdown/test_data.h"
#include "markdown/toc.h"
#include "testing/status_matchers.h"

namespace kiln::markdown {
namespace {

// Reads the [markup…] tables of a small config.toml into options: enough TOML for the corpus.
MarkdownOptions OptionsFromConfig(const std::string& toml) {
  MarkdownOptions options;
  std::istringstream in(toml);
  std::string line, table;
  while (std::getline(in, line)) {
    std::string_view l = TrimSpace(line);
    if (l.empty() || l[0] == '#') continue;
    if (l.front() == '[') {
      table = std::string(l.substr(1, l.size() - 2));
      continue;
    }
    size_t eq = l.find('=');
    std::string key(TrimSpace(l.substr(0, eq)));
    std::string value(TrimSpace(l.substr(eq + 1)));
    if (value.size() >= 2 && value.front() == '"') value = value.substr(1, value.size() - 2);
    std::string full = table.empty() ? key : table + "." + key;
    if (full.rfind("markup.", 0) == 0) full = full.substr(7);
    EXPECT_OK(SetMarkdownOption(full, value, &options));
  }
  return options;
}

std::set<std::string> KnownCorpusFailures() {
  std::istringstream in(ReadTestFile("testdata/markdown/known-failures.txt"));
  std::set<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string axis, name;
    if (words >> axis >> name && axis == "corpus") out.insert(name);
  }
  return out;
}

TEST(Corpus, MatchesHugo) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator("testdata/markdown/corpus")) {
    if (entry.path().extension() == ".txtar") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  ASSERT_GT(paths.size(), 20u);
  const std::set<std::string> known = KnownCorpusFailures();
  std::set<std::string> failing;
  for (const auto& path : paths) {
    const std::string name = path.stem().string();
    TxtarArchive archive = ParseTxtar(ReadTestFile(path.string()));
    const TxtarFile* input = archive.Find("input.md");
    const TxtarFile* want_html = archive.Find("want.html");
    const TxtarFile* want_toc = archive.Find("want.toc");
    ASSERT_TRUE(input && want_html && want_toc) << name;
    const TxtarFile* config = archive.Find("config.toml");
    MarkdownOptions options = OptionsFromConfig(config ? config->data : "");
    ASSERT_OK_AND_ASSIGN(RenderedDocument doc, RenderMarkdown(input->data, options));
    std::string toc = TableOfContents(doc.headings, options.toc_start_level,
                                      options.toc_end_level, options.toc_ordered);
    bool ok = doc.html == WantValue(want_html->data) && toc == WantValue(want_toc->data);
    if (!ok) failing.insert(name);
    if (known.count(name) == 0) {
      EXPECT_EQ(doc.html, WantValue(want_html->data)) << name;
      EXPECT_EQ(toc, WantValue(want_toc->data)) << name;
    }
  }
  std::string failing_list, known_list;
  for (const auto& n : failing) failing_list += n + " ";
  for (const auto& n : known) known_list += n + " ";
  EXPECT_EQ(failing_list, known_list);
}

}  // namespace
}  // namespace kiln::markdown
