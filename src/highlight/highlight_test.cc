// Golden tests: testdata/highlight/*.txtar hold hugo 0.111.3's own output for code fences and
// the highlight function (tools/highlight/gen_golden.py regenerates them).
#include "highlight/highlight.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "base/file_system.h"
#include "base/strings.h"
#include "base/txtar.h"
#include "testing/status_matchers.h"

namespace kiln::highlight {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  StatusOr<std::string> data = RealFileSystem().ReadFile(path.string());
  return data.ok() ? *data : "";
}

// A txtar file's data without the one newline txtar requires at its end.
std::string Data(const TxtarArchive& archive, std::string_view name) {
  const TxtarFile* file = archive.Find(name);
  if (file == nullptr) return "";
  std::string data = file->data;
  if (!data.empty() && data.back() == '\n') data.pop_back();
  return data;
}

std::vector<fs::path> Goldens(std::string_view prefix) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator("testdata/highlight")) {
    if (entry.path().filename().string().starts_with(prefix)) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(HighlightGolden, MatchesHugo) {
  std::vector<fs::path> files = Goldens("f");
  ASSERT_GE(files.size(), 50u);
  for (const fs::path& path : files) {
    SCOPED_TRACE(path.string());
    TxtarArchive archive = ParseTxtar(ReadFile(path));
    HighlightOptions options;
    std::string config = Data(archive, "config");
    for (std::string_view line : Split(config, '\n')) {
      if (line.empty()) continue;
      size_t eq = line.find(" = ");
      std::string value(line.substr(eq + 3));
      if (value.size() >= 2 && value.front() == '"') value = value.substr(1, value.size() - 2);
      ASSERT_OK(ApplyHighlightOption(options, line.substr(0, eq), value));
    }
    ASSERT_OK(ApplyHighlightOptionString(options, Data(archive, "options")));
    ASSERT_OK_AND_ASSIGN(std::string html,
                         Highlight(Data(archive, "code"), Data(archive, "lang"), options));
    EXPECT_EQ(html, Data(archive, "want"));
  }
}

TEST(HighlightGolden, ChromaStylesCss) {
  std::vector<fs::path> files = Goldens("css-");
  ASSERT_GE(files.size(), 3u);
  for (const fs::path& path : files) {
    SCOPED_TRACE(path.string());
    TxtarArchive archive = ParseTxtar(ReadFile(path));
    ASSERT_OK_AND_ASSIGN(std::string css, GenerateChromaCss(Data(archive, "style")));
    EXPECT_EQ(css, archive.Find("want")->data);
  }
}

TEST(HighlightOptionsTest, OptionStrings) {
  struct Case {
    std::string_view input;
    bool line_nos;
    bool in_table;
    std::string_view hl_lines;
    int start;
  };
  const Case cases[] = {
      {"", false, true, "", 1},
      {"linenos=table,hl_lines=2 4-5,linenostart=10", true, true, "2 4-5", 10},
      {"linenos=inline", true, false, "", 1},
      {"linenos=false", false, true, "", 1},
      {"lineNos=true, lineNoStart = 3", true, true, "", 3},
  };
  for (const Case& c : cases) {
    HighlightOptions o;
    ASSERT_OK(ApplyHighlightOptionString(o, c.input));
    EXPECT_EQ(o.line_nos, c.line_nos) << c.input;
    EXPECT_EQ(o.line_numbers_in_table, c.in_table) << c.input;
    EXPECT_EQ(o.hl_lines, c.hl_lines) << c.input;
    EXPECT_EQ(o.line_no_start, c.start) << c.input;
  }
  HighlightOptions o;
  EXPECT_EQ(ApplyHighlightOptionString(o, "linenos").message(),
            "invalid Highlight option: linenos");
  EXPECT_EQ(ApplyHighlightOptionString(o, "tabwidth=x").message(),
            "invalid number \"x\" for highlight option tabwidth");
}

TEST(HighlightTest, FenceAttributesGoOnTheWrapper) {
  ASSERT_OK_AND_ASSIGN(std::string html, Highlight("x", "text", HighlightOptions(),
                                                   {{"class", "wide"}, {"id", "a\"b"}}));
  EXPECT_EQ(html.substr(0, 45), "<div class=\"highlight wide\" id=\"a&#34;b\"><pre");
}

// Lexers compile lazily on first use; several threads racing to be first must agree. The
// languages are ones no other test uses, so the race happens here.
TEST(HighlightTest, ConcurrentFirstUseAgrees) {
  const std::vector<std::string> langs = {"erlang", "haskell", "scala", "kotlin", "lua", "perl"};
  const std::string code = "fn main() { let x = \"<a>\"; } -- comment\n# more 1.5e3\n";
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&] {
      for (const std::string& lang : langs) {
        StatusOr<std::string> html = Highlight(code, lang, HighlightOptions());
        result.push_back(html.ok() ? *html : html.status().ToString());
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < langs.size(); ++i) {
    ASSERT_OK_AND_ASSIGN(std::string want, Highlight(code, langs[i], HighlightOptions()));
    for (const auto& result : results) EXPECT_EQ(result[i], want) << langs[i];
  }
}

}  // namespace
}  // namespace kiln::highlight
