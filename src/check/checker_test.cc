// Golden fixture sites: each testdata/check/NAME.txtar holds a built site under site/, the
// options in its comment ("snake_key: value" lines among the prose), and the expected
// report in want/human, want/json and want/junit. Run with KILN_UPDATE_GOLDEN=1 to rewrite the
// want/ files after reviewing a deliberate change.
#include "check/checker.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "base/file_system.h"
#include "base/strings.h"
#include "base/txtar.h"
#include "check/report_format.h"
#include "testing/status_matchers.h"

namespace kiln::check {
namespace {

constexpr char kDir[] = "testdata/check";

std::vector<std::string> FixtureNames() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kDir)) {
    if (entry.path().extension() == ".txtar") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

Status ApplyOptionLine(std::string_view key, std::string_view value, CheckOptions* options) {
  if (key == "base_url") {
    options->base_url = std::string(value);
  } else if (key == "budget") {
    ASSIGN_OR_RETURN(options->budget_bytes, ParseByteSize(value));
  } else if (key == "heaviest") {
    options->heaviest_count = std::stoi(std::string(value));
  } else if (key == "ignore_url") {
    options->ignore_urls.emplace_back(value);
  } else if (key == "ignore_file") {
    options->ignore_files.emplace_back(value);
  } else {
    return InvalidArgumentError("unknown fixture option " + std::string(key));
  }
  return Status::Ok();
}

class CheckFixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CheckFixtureTest, MatchesWant) {
  std::string path = std::string(kDir) + "/" + GetParam() + ".txtar";
  RealFileSystem real;
  ASSERT_OK_AND_ASSIGN(std::string text, real.ReadFile(path));
  TxtarArchive archive = ParseTxtar(text);

  CheckOptions options;
  options.dir = "site";
  for (std::string_view line : Split(archive.comment, '\n')) {
    // Option lines are "key: value" with a lowercase snake_case key; the rest is prose.
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 ||
        line.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != colon) {
      continue;
    }
    ASSERT_OK(ApplyOptionLine(TrimSpace(line.substr(0, colon)), TrimSpace(line.substr(colon + 1)),
                              &options));
  }
  MemoryFileSystem fs;
  for (const TxtarFile& f : archive.files) {
    if (f.name.starts_with("site/")) ASSERT_OK(fs.WriteFile(f.name, f.data));
  }
  ASSERT_OK(fs.MakeDirs("site"));
  FakeClock clock(0);
  ASSERT_OK_AND_ASSIGN(CheckReport report, RunCheck(options, fs, clock));

  const std::pair<const char*, std::string> outputs[] = {
      {"want/human", FormatHuman(report)},
      {"want/json", FormatJson(report)},
      {"want/junit", FormatJunit(report)},
  };
  if (std::getenv("KILN_UPDATE_GOLDEN") != nullptr) {
    for (const auto& [name, got] : outputs) {
      std::erase_if(archive.files, [&](const TxtarFile& f) { return f.name == name; });
      archive.files.push_back(TxtarFile{name, got});
    }
    ASSERT_OK(real.WriteFile(path, FormatTxtar(archive)));
    return;
  }
  for (const auto& [name, got] : outputs) {
    const TxtarFile* want = archive.Find(name);
    ASSERT_NE(want, nullptr) << path << " has no " << name;
    EXPECT_EQ(got, want->data) << path << " " << name;
  }
}

INSTANTIATE_TEST_SUITE_P(Sites, CheckFixtureTest, ::testing::ValuesIn(FixtureNames()),
                         [](const auto& info) { return info.param; });

TEST(RunCheckTest, CannotRun) {
  struct Case {
    const char* dir;
    const char* base_url;
    const char* want;
  };
  const Case cases[] = {
      {"nosuchdir", "", "no site to check: nosuchdir is not a directory"},
      {"public", "example.org", "baseURL \"example.org\" is not an http(s) URL"},
  };
  for (const Case& c : cases) {
    MemoryFileSystem fs;
    ASSERT_OK(fs.MakeDirs("public"));
    FakeClock clock(0);
    CheckOptions options;
    options.dir = c.dir;
    options.base_url = c.base_url;
    StatusOr<CheckReport> report = RunCheck(options, fs, clock);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.status().message(), c.want);
  }
}

TEST(RunCheckTest, UnreadableFileIsAFinding) {
  MemoryFileSystem mem;
  ASSERT_OK(mem.WriteFile("public/index.html", "<p>hi</p>"));
  ASSERT_OK(mem.WriteFile("public/a.html", "<p>a</p>"));
  FaultInjectingFileSystem fs(&mem, [](std::string_view op, const std::string& path) {
    return op == "read" && path == "public/a.html";
  });
  FakeClock clock(0);
  CheckOptions options;
  options.dir = "public";
  ASSERT_OK_AND_ASSIGN(CheckReport report, RunCheck(options, fs, clock));
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].file, "a.html");
  EXPECT_EQ(report.findings[0].rule, Rule::kUnreadable);
  EXPECT_TRUE(report.Failed(false));
}

TEST(RunCheckTest, WarningsFailOnlyWhenTheyCountAsErrors) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("public/index.html", "<img src=\"a.png\"><a href=\"a.png\">a</a>"));
  ASSERT_OK(fs.WriteFile("public/a.png", "png"));
  FakeClock clock(0);
  CheckOptions options;
  options.dir = "public";
  ASSERT_OK_AND_ASSIGN(CheckReport report, RunCheck(options, fs, clock));
  EXPECT_EQ(report.errors(), 0);
  EXPECT_EQ(report.warnings(), 1);
  EXPECT_FALSE(report.Failed(/*warnings_as_errors=*/false));
  EXPECT_TRUE(report.Failed(/*warnings_as_errors=*/true));
}

}  // namespace
}  // namespace kiln::check
