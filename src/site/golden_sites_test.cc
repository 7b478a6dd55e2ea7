// Golden sites: each testdata/sites/NAME.txtar holds a small site and the files Hugo
// 0.111.3 published for it under want/public/ (tools/golden/regen rebuilds them). The
// archive's comment may carry `flags: ...` (hugo's command-line flags) and `env: K=V`
// lines. Each site is built in memory; its set of output paths and its build summary
// (want/summary) are compared with Hugo's.
//
// Rendered and invalid sites may hold want/log: the WARN and ERROR lines hugo logged, in
// order, without their time stamps.
//
// Invalid sites: testdata/sites_invalid/NAME.txtar holds a broken site, a previous
// output under public/, and want/error with the exact message; a `fail-read: PATH` comment
// line makes reading that file fail. The build must fail with that message and leave
// public/ as it was.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "assets/image_size.h"
#include "base/strings.h"
#include "base/txtar.h"
#include "config/site_config.h"
#include "site/build.h"
#include "testing/status_matchers.h"
#include "value/time_parse.h"

namespace kiln {
namespace {

constexpr char kRoot[] = "site";

struct SiteCase {
  std::string name;
  std::string path;
};

void PrintTo(const SiteCase& c, std::ostream* os) { *os << c.name; }

// The paths only in `a`, for a readable failure message.
std::string Missing(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::string out;
  for (const std::string& p : a) {
    if (b.count(p) == 0) out += "  " + p + "\n";
  }
  return out;
}

std::vector<SiteCase> Cases(const char* dir) {
  std::vector<SiteCase> out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txtar") {
      out.push_back({entry.path().stem().string(), entry.path().string()});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const SiteCase& a, const SiteCase& b) { return a.name < b.name; });
  return out;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// The comment's `key: value` line, or "".
std::string CommentValue(const TxtarArchive& a, std::string_view key) {
  for (std::string_view line : Split(a.comment, '\n')) {
    if (line.substr(0, key.size() + 1) == std::string(key) + ":") {
      return std::string(TrimSpace(line.substr(key.size() + 1)));
    }
  }
  return "";
}

ConfigOptions OptionsFor(const TxtarArchive& a) {
  ConfigOptions o;
  o.source_dir = kRoot;
  const std::string flag_line = CommentValue(a, "flags");
  const std::string env_line = CommentValue(a, "env");
  std::vector<std::string_view> flags;
  for (std::string_view f : Split(flag_line, ' ')) {
    if (!f.empty()) flags.push_back(f);
  }
  for (size_t i = 0; i < flags.size(); ++i) {
    std::string_view f = flags[i];
    auto next = [&] { return i + 1 < flags.size() ? std::string(flags[++i]) : std::string(); };
    if (f == "-D" || f == "--buildDrafts") o.build_drafts = true;
    if (f == "-F" || f == "--buildFuture") o.build_future = true;
    if (f == "-E" || f == "--buildExpired") o.build_expired = true;
    if (f == "--cleanDestinationDir") o.clean_destination_dir = true;
    if (f == "--minify") o.minify = true;
    if (f == "-e" || f == "--environment") o.environment = next();
    if (f == "-b" || f == "--baseURL") o.base_url = next();
    if (f == "-t" || f == "--theme") o.theme = next();
  }
  for (std::string_view kv : Split(env_line, ' ')) {
    size_t eq = kv.find('=');
    if (eq != std::string_view::npos)
      o.env[std::string(kv.substr(0, eq))] = std::string(kv.substr(eq + 1));
  }
  return o;
}

void WriteInputs(const TxtarArchive& a, MemoryFileSystem& fs, bool include_public) {
  for (const TxtarFile& f : a.files) {
    if (f.name.starts_with("want/")) continue;
    if (!include_public && f.name.starts_with("public/")) continue;
    ASSERT_OK(fs.WriteFile(std::string(kRoot) + "/" + f.name, f.data));
  }
}

StatusOr<BuildSummary> Build(const TxtarArchive& a, FileSystem& fs, BuildLog* log = nullptr) {
  ASSIGN_OR_RETURN(SiteConfig config, LoadSiteConfig(fs, OptionsFor(a)));
  FakeClock clock(ParseHugoTime("2024-06-01")->unix_seconds * 1000000000);
  return BuildSite(BuildRequest{&config, &fs, &clock, 2, nullptr, log});
}

// When the archive has want/log (hugo's WARN and ERROR lines without their time stamps),
// expects `log` to hold the same entries.
void ExpectLog(const TxtarArchive& a, const BuildLog& log) {
  const TxtarFile* want = a.Find("want/log");
  if (want == nullptr) return;
  std::string got;
  for (const LogEntry& e : log.entries()) {
    got += std::string(LogLevelName(e.level)) + " " + e.message + "\n";
  }
  EXPECT_EQ(got, want->data);
}

// The counts in the form tools/golden/regen records hugo's summary table: "Pages: 4", or
// for several languages a "Languages: EN FR" line and then "Pages: 13 12".
std::string SummaryText(const BuildSummary& s) {
  const std::pair<const char*, int LanguageCounts::*> rows[] = {
      {"Pages", &LanguageCounts::pages},
      {"Paginator pages", &LanguageCounts::paginator_pages},
      {"Non-page files", &LanguageCounts::non_page_files},
      {"Static files", &LanguageCounts::static_files},
      {"Processed images", &LanguageCounts::processed_images},
      {"Aliases", &LanguageCounts::aliases},
      {"Sitemaps", &LanguageCounts::sitemaps},
      {"Cleaned", &LanguageCounts::cleaned}};
  std::string out;
  if (s.languages.size() > 1) {
    out += "Languages:";
    for (const LanguageCounts& c : s.languages) {
      out += " ";
      for (char ch : c.lang) out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    out += "\n";
  }
  for (const auto& [name, field] : rows) {
    out += std::string(name) + ":";
    for (const LanguageCounts& c : s.languages) out += " " + std::to_string(c.*field);
    out += "\n";
  }
  return out;
}

class GoldenSiteTest : public ::testing::TestWithParam<SiteCase> {};

TEST_P(GoldenSiteTest, OutputPathsMatchHugo) {
  TxtarArchive archive = ParseTxtar(ReadAll(GetParam().path));
  MemoryFileSystem fs;
  WriteInputs(archive, fs, false);
  ASSERT_OK_AND_ASSIGN(BuildSummary summary, Build(archive, fs));
  const TxtarFile* want_summary = archive.Find("want/summary");
  ASSERT_NE(want_summary, nullptr);
  EXPECT_EQ(SummaryText(summary), want_summary->data);
  std::set<std::string> want, got;
  for (const TxtarFile& f : archive.files) {
    if (f.name.starts_with("want/public/")) want.insert(f.name.substr(12));
  }
  for (const auto& [path, data] : fs.Snapshot(std::string(kRoot) + "/public")) got.insert(path);
  EXPECT_EQ(got, want) << "missing:\n"
                       << Missing(want, got) << "unexpected:\n"
                       << Missing(got, want);
}

INSTANTIATE_TEST_SUITE_P(Sites, GoldenSiteTest, ::testing::ValuesIn(Cases("testdata/sites")),
                         [](const auto& info) { return info.param.name; });

// Replaces each processed image (a name with hugo's `_hu<md5>_` mark) that kiln does not
// reproduce bit for bit by its dimensions, so only its name and size must match hugo's. kiln
// decodes JPEGs and writes PNGs, JPEGs and BMPs as Go does from gift's pixels (and finds smart
// crops as smartcrop does), so those compare byte for byte; GIF, TIFF and WebP differ.
void SizesOfProcessedImages(std::map<std::string, std::string>* files) {
  static const std::regex kProcessed("_hu[0-9a-f]{32}_[0-9]+_");
  for (auto& [path, data] : *files) {
    if (!std::regex_search(path, kProcessed)) continue;
    if (path.ends_with(".png") || path.ends_with(".jpg") || path.ends_with(".jpeg") ||
        path.ends_with(".bmp")) {
      continue;
    }
    std::optional<assets::Dimensions> size = assets::ImageSize(data);
    data = size ? "image " + std::to_string(size->width) + "x" + std::to_string(size->height)
                : "not an image";
  }
}

// Rendered sites: testdata/sites_render/NAME.txtar (tools/render/regen) is compared byte for
// byte with what Hugo published, file by file; processed images as SizesOfProcessedImages says.
class RenderedSiteTest : public ::testing::TestWithParam<SiteCase> {};

TEST_P(RenderedSiteTest, OutputBytesMatchHugo) {
  TxtarArchive archive = ParseTxtar(ReadAll(GetParam().path));
  MemoryFileSystem fs;
  WriteInputs(archive, fs, false);
  BuildLog log;
  ASSERT_OK(Build(archive, fs, &log).status());
  ExpectLog(archive, log);
  std::map<std::string, std::string> want;
  for (const TxtarFile& f : archive.files) {
    if (f.name.starts_with("want/public/")) want[f.name.substr(12)] = f.data;
  }
  // Outputs hugo wrote without a final newline, which the txtar format adds back.
  if (const TxtarFile* bare = archive.Find("want/no-final-newline")) {
    for (std::string_view path : Split(bare->data, '\n')) {
      auto it = want.find(std::string(path));
      if (it != want.end() && it->second.ends_with('\n')) it->second.pop_back();
    }
  }
  std::map<std::string, std::string> got = fs.Snapshot(std::string(kRoot) + "/public");
  SizesOfProcessedImages(&want);
  SizesOfProcessedImages(&got);
  EXPECT_EQ(got, want);
}

INSTANTIATE_TEST_SUITE_P(Sites, RenderedSiteTest,
                         ::testing::ValuesIn(Cases("testdata/sites_render")),
                         [](const auto& info) { return info.param.name; });

class InvalidSiteTest : public ::testing::TestWithParam<SiteCase> {};

TEST_P(InvalidSiteTest, FailsWithExactMessageAndKeepsPreviousOutput) {
  TxtarArchive archive = ParseTxtar(ReadAll(GetParam().path));
  MemoryFileSystem base;
  WriteInputs(archive, base, true);
  std::string fail_read = CommentValue(archive, "fail-read");
  FaultInjectingFileSystem fs(&base, [&](std::string_view op, const std::string& path) {
    return !fail_read.empty() && op == "read" && path == std::string(kRoot) + "/" + fail_read;
  });
  auto before = base.Snapshot(std::string(kRoot) + "/public");
  BuildLog log;
  StatusOr<BuildSummary> result = Build(archive, fs, &log);
  ASSERT_FALSE(result.ok());
  ExpectLog(archive, log);
  const TxtarFile* want = archive.Find("want/error");
  ASSERT_NE(want, nullptr);
  EXPECT_EQ(result.status().ToString() + "\n", want->data);
  EXPECT_EQ(base.Snapshot(std::string(kRoot) + "/public"), before);
}

INSTANTIATE_TEST_SUITE_P(Sites, InvalidSiteTest,
                         ::testing::ValuesIn(Cases("testdata/sites_invalid")),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace kiln
