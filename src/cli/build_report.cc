#include "cli/build_report.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <utility>
#include <vector>

#include "value/time_parse.h"

namespace kiln {

std::string VersionLine() { return std::string("kiln v") + KILN_VERSION + " linux/amd64"; }

std::string BuildBanner() { return "Start building sites \u2026 \n" + VersionLine() + "\n"; }

std::string BuildSummaryTable(const BuildSummary& s) {
  static constexpr const char* kLabels[] = {"Pages",        "Paginator pages",  "Non-page files",
                                            "Static files", "Processed images", "Aliases",
                                            "Sitemaps",     "Cleaned"};
  constexpr size_t kRows = std::size(kLabels);
  // One column per language: its upper-cased key over its counts.
  struct Column {
    std::string title;
    std::vector<std::string> counts;
    size_t width = 0;
  };
  std::vector<Column> columns;
  for (const LanguageCounts& c : s.languages) {
    Column& col = columns.emplace_back();
    for (char ch : c.lang) col.title += static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
    for (int n : {c.pages, c.paginator_pages, c.non_page_files, c.static_files, c.processed_images,
                  c.aliases, c.sitemaps, c.cleaned}) {
      col.counts.push_back(std::to_string(n));
    }
    col.width = col.title.size();
    for (const std::string& n : col.counts) col.width = std::max(col.width, n.size());
  }
  size_t label_width = 0;
  for (const char* label : kLabels) label_width = std::max(label_width, std::string(label).size());
  auto pad_right = [](std::string text, size_t width) {
    text.resize(std::max(width, text.size()), ' ');
    return text;
  };
  auto pad_left = [](const std::string& text, size_t width) {
    return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
  };
  // Hugo's table: labels left-aligned, titles left-aligned, counts right-aligned; every
  // cell has a space either side and the last column one more.
  std::string out = "\n" + std::string(label_width + 3, ' ');
  std::string rule(label_width + 3, '-');
  for (size_t i = 0; i < columns.size(); ++i) {
    const std::string tail = i + 1 == columns.size() ? "  " : " ";
    out += "| " + pad_right(columns[i].title, columns[i].width) + tail;
    rule += "+" + std::string(columns[i].width + 1 + tail.size(), '-');
  }
  out += "\n" + rule + "\n";
  for (size_t row = 0; row < kRows; ++row) {
    out += "  " + pad_right(kLabels[row], label_width) + " ";
    for (size_t i = 0; i < columns.size(); ++i) {
      const std::string tail = i + 1 == columns.size() ? "  " : " ";
      out += "| " + pad_left(columns[i].counts[row], columns[i].width) + tail;
    }
    out += "\n";
  }
  out += "\nTotal in " + std::to_string(s.duration_ms) + " ms\n";
  return out;
}

std::string LogLine(std::string_view level, std::string_view message, int64_t unix_seconds,
                    int utc_offset_seconds) {
  Time t;
  t.unix_seconds = unix_seconds + utc_offset_seconds;
  CivilTime c = ToCivil(t);
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "%04lld/%02d/%02d %02d:%02d:%02d",
                static_cast<long long>(c.year), c.month, c.day, c.hour, c.minute, c.second);
  return std::string(level) + " " + stamp + " " + std::string(message) + "\n";
}

}  // namespace kiln
