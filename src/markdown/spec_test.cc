// The CommonMark spec examples on two axes: plain CommonMark (extensions off, goldmark's output
// where it differs from the spec) and Hugo's defaults (hugo's output). Examples kiln does not
// match yet are listed in testdata/markdown/known-failures.txt; the test fails both when a listed
// example starts passing and when an unlisted one fails, so the list stays exact.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/txtar.h"
#include "markdown/markdown.h"
#include "markdown/test_data.h"
#include "testing/status_matchers.h"

namespace kiln::markdown {
namespace {

struct Example {
  int number;
  std::string markdown;
  std::string html;
};

std::string ReplaceArrows(std::string s) {
  const std::string arrow = "\xE2\x86\x92";  // →, the spec's picture of a tab
  for (size_t p; (p = s.find(arrow)) != std::string::npos;) s.replace(p, arrow.size(), "\t");
  return s;
}

std::vector<Example> ReadSpec() {
  std::istringstream in(ReadTestFile("testdata/markdown/commonmark-spec.txt"));
  const std::string fence(32, '`');
  std::vector<Example> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line != fence + " example") continue;
    Example ex{static_cast<int>(out.size()) + 1, "", ""};
    bool in_html = false;
    while (std::getline(in, line) && line != fence) {
      if (!in_html && line == ".") {
        in_html = true;
      } else {
        (in_html ? ex.html : ex.markdown) += line + "\n";
      }
    }
    ex.markdown = ReplaceArrows(ex.markdown);
    ex.html = ReplaceArrows(ex.html);
    out.push_back(std::move(ex));
  }
  return out;
}

std::set<int> KnownFailures(const std::string& axis) {
  std::istringstream in(ReadTestFile("testdata/markdown/known-failures.txt"));
  std::set<int> out;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string name;
    int number = 0;
    if (words >> name >> number && name == axis) out.insert(number);
  }
  return out;
}

std::string Join(const std::set<int>& s) {
  std::string out;
  for (int n : s) out += (out.empty() ? "" : " ") + std::to_string(n);
  return out;
}

void RunAxis(const std::string& axis, const MarkdownOptions& options,
             const CodeBlockRenderer* code_renderer,
             const std::map<int, std::string>& expected) {
  std::set<int> failing;
  std::string report;
  int checked = 0;
  for (const Example& ex : ReadSpec()) {
    auto want = expected.find(ex.number);
    if (want == expected.end()) continue;
    ++checked;
    ASSERT_OK_AND_ASSIGN(RenderedDocument doc, RenderMarkdown(ex.markdown, options, code_renderer));
    if (doc.html != want->second) {
      failing.insert(ex.number);
      if (KnownFailures(axis).count(ex.number) == 0) {
        report += "example " + std::to_string(ex.number) + "\n--- markdown\n" + ex.markdown +
                  "--- want\n" + want->second + "--- got\n" + doc.html + "\n";
      }
    }
  }
  EXPECT_GT(checked, 600);
  EXPECT_EQ(Join(failing), Join(KnownFailures(axis))) << report;
}

TEST(CommonMarkSpec, ExtensionsOff) {
  std::map<int, std::string> expected;
  for (const Example& ex : ReadSpec()) expected[ex.number] = ex.html;
  TxtarArchive diffs = ParseTxtar(ReadTestFile("testdata/markdown/commonmark-goldmark-differences.txtar"));
  for (const TxtarFile& f : diffs.files) expected[std::stoi(f.name)] = f.data;
  GoldmarkCodeBlockRenderer code;
  RunAxis("commonmark", MarkdownOptions::CommonMark(), &code, expected);
}

TEST(CommonMarkSpec, HugoDefaults) {
  std::map<int, std::string> expected;
  TxtarArchive hugo = ParseTxtar(ReadTestFile("testdata/markdown/commonmark-hugo.txtar"));
  for (const TxtarFile& f : hugo.files) {
    // Examples that hugo highlights need the highlighter, which plugs in from another module.
    if (f.data.find("<div class=\"highlight\">") != std::string::npos) continue;
    expected[std::stoi(f.name.substr(4))] = WantValue(f.data);
  }
  RunAxis("hugo", MarkdownOptions(), nullptr, expected);
}

}  // namespace
}  // namespace kiln::markdown
