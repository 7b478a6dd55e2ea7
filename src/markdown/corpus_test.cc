// kiln's own Markdown corpus, testdata/markdown/corpus/*.txtar: each archive's input.md rendered
// with its config.toml must give hugo's .Content (want.html), .TableOfContents (want.toc) and
// summary, plain text and counts (want.helpers) byte for byte. Archives listed as "corpus NAME" in testdata/markdown/known-failures.txt must
// still fail, so the list stays exact.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "base/strings.h"
#include "base/txtar.h"
#include "base/utf8.h"
#include "markdown/content_helpers.h"
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

// Decodes the JSON string or array of strings in a want.helpers value.
std::vector<std::string> JsonStrings(std::string_view json) {
  std::vector<std::string> out;
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] != '"') continue;
    std::string s;
    for (++i; i < json.size() && json[i] != '"'; ++i) {
      if (json[i] != '\\') {
        s.push_back(json[i]);
        continue;
      }
      char e = json[++i];
      if (e == 'n') {
        s.push_back('\n');
      } else if (e == 't') {
        s.push_back('\t');
      } else if (e == 'u') {
        unsigned code = std::stoul(std::string(json.substr(i + 1, 4)), nullptr, 16);
        i += 4;
        AppendRune(&s, static_cast<char32_t>(code));
      } else {
        s.push_back(e);
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

// What Hugo derives from a page's Markdown, rendered as hugo_oracle.py writes want.helpers.
std::string Helpers(std::string_view source, const MarkdownOptions& options,
                    std::string* content) {
  DividedSource divided = ReplaceSummaryDivider(source);
  auto doc = RenderMarkdown(divided.source, options);
  if (!doc.ok()) return doc.status().ToString();
  std::string summary;
  bool truncated = divided.truncated;
  *content = doc->html;
  if (divided.found) {
    SplitContent split = SplitSummary(doc->html);
    summary = split.summary;
    *content = split.content;
  }
  std::string plain = PlainText(*content);
  if (!divided.found) {
    AutoSummaryResult auto_summary = AutoSummary(plain, options.summary_length, false);
    summary = auto_summary.summary;
    truncated = auto_summary.truncated;
  }
  std::string words;
  for (std::string_view w : PlainWords(plain)) words += std::string(w) + "|";
  int count = WordCount(plain, false);
  return "summary: " + summary + "\nplain: " + plain + "\nplainwords: " + words +
         "\nwordcount: " + std::to_string(count) +
         "\nfuzzywordcount: " + std::to_string(FuzzyWordCount(count)) +
         "\nreadingtime: " + std::to_string(ReadingTime(count, false)) +
         "\ntruncated: " + (truncated ? "true" : "false") + "\n";
}

// want.helpers in the shape Helpers returns.
std::string WantHelpers(const std::string& data) {
  std::istringstream in(data);
  std::string line, out;
  while (std::getline(in, line)) {
    size_t colon = line.find(": ");
    if (colon == std::string::npos) continue;
    std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    if (key == "summary" || key == "plain") {
      value = JsonStrings(value).at(0);
    } else if (key == "plainwords") {
      std::string words;
      for (const std::string& w : JsonStrings(value)) words += w + "|";
      value = words;
    }
    out += key + ": " + value + "\n";
  }
  return out;
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
    const TxtarFile* want_helpers = archive.Find("want.helpers");
    ASSERT_TRUE(want_helpers) << name;
    ASSERT_OK_AND_ASSIGN(RenderedDocument doc, RenderMarkdown(input->data, options));
    std::string toc = TableOfContents(doc.headings, options.toc_start_level,
                                      options.toc_end_level, options.toc_ordered);
    std::string content;
    std::string helpers = Helpers(input->data, options, &content);
    std::string want_helper_text = WantHelpers(want_helpers->data);
    bool ok = content == WantValue(want_html->data) && toc == WantValue(want_toc->data) &&
              helpers == want_helper_text;
    if (!ok) failing.insert(name);
    if (known.count(name) == 0) {
      EXPECT_EQ(content, WantValue(want_html->data)) << name;
      EXPECT_EQ(toc, WantValue(want_toc->data)) << name;
      EXPECT_EQ(helpers, want_helper_text) << name;
    }
  }
  std::string failing_list, known_list;
  for (const auto& n : failing) failing_list += n + " ";
  for (const auto& n : known) known_list += n + " ";
  EXPECT_EQ(failing_list, known_list);
}

}  // namespace
}  // namespace kiln::markdown
