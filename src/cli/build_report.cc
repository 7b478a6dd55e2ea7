#include "cli/build_report.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "base/strings.h"

namespace kiln {

std::string VersionLine() { return std::string("kiln v") + KILN_VERSION + " linux/amd64"; }

std::string BuildBanner() { return "Start building sites \u2026 \n" + VersionLine() + "\n"; }

std::string BuildSummaryTable(const BuildSummary& s, std::string_view language) {
  const std::vector<std::pair<std::string, int>> rows = {
      {"Pages", s.pages},
      {"Paginator pages", s.paginator_pages},
      {"Non-page files", s.non_page_files},
      {"Static files", s.static_files},
      {"Processed images", s.processed_images},
      {"Aliases", s.aliases},
      {"Sitemaps", s.sitemaps},
      {"Cleaned", s.cleaned},
  };
  std::string title;
  for (char c : language) title += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  // The label column fits the longest label; the count column fits the title and the widest
  // count. Labels are left-aligned, counts right-aligned.
  size_t label_width = 0;
  size_t count_width = title.size();
  for (const auto& [label, count] : rows) {
    label_width = std::max(label_width, label.size());
    count_width = std::max(count_width, std::to_string(count).size());
  }
  auto pad_right = [](std::string text, size_t width) {
    text.resize(std::max(width, text.size()), ' ');
    return text;
  };
  auto pad_left = [](const std::string& text, size_t width) {
    return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
  };
  std::string out = "\n";
  out += std::string(label_width + 3, ' ') + "| " + pad_right(title, count_width) + "  \n";
  out += std::string(label_width + 3, '-') + "+" + std::string(count_width + 3, '-') + "\n";
  for (const auto& [label, count] : rows) {
    out += "  " + pad_right(label, label_width) + " | " +
           pad_left(std::to_string(count), count_width) + "  \n";
  }
  out += "\nTotal in " + std::to_string(s.duration_ms) + " ms\n";
  return out;
}

}  // namespace kiln
