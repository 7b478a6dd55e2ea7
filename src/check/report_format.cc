#include "check/report_format.h"

#include <nlohmann/json.hpp>

#include "base/strings.h"

namespace kiln::check {

namespace {

std::string Location(const Finding& f) {
  std::string out = f.file;
  if (f.line > 0) out += ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
  return out;
}

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string Summary(const CheckReport& report) {
  return Plural(report.errors(), "error") + ", " + Plural(report.warnings(), "warning") + " in " +
         Plural(report.files_checked, "file") + " (" + Plural(report.pages_checked, "page") + ")";
}

// Findings of one file: [begin, end) of report.findings, which is sorted by file.
template <typename Fn>
void ForEachFile(const CheckReport& report, Fn fn) {
  const std::vector<Finding>& all = report.findings;
  for (size_t begin = 0; begin < all.size();) {
    size_t end = begin;
    while (end < all.size() && all[end].file == all[begin].file) ++end;
    fn(all[begin].file, begin, end);
    begin = end;
  }
}

}  // namespace

std::string FormatHuman(const CheckReport& report) {
  std::string out;
  ForEachFile(report, [&](const std::string& file, size_t begin, size_t end) {
    out += file + "\n";
    for (size_t i = begin; i < end; ++i) {
      const Finding& f = report.findings[i];
      out += "  " + Location(f) + ": " + SeverityName(f.severity) + ": " + f.message + " [" +
             RuleName(f.rule) + "]\n";
    }
    out += "\n";
  });
  if (!report.heaviest.empty()) {
    out += "Heaviest pages (budget " + std::to_string(report.budget_bytes) + " bytes):\n";
    for (const PageWeight& p : report.heaviest) {
      std::string bytes = std::to_string(p.bytes);
      out += "  " + std::string(bytes.size() < 10 ? 10 - bytes.size() : 0, ' ') + bytes + "  " +
             p.page + "\n";
    }
    out += "\n";
  }
  if (report.external_checked > 0) {
    out += Plural(report.external_checked, "external URL") + " checked\n";
  }
  out += Summary(report) + "\n";
  return out;
}

std::string FormatJson(const CheckReport& report) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& f : report.findings) {
    nlohmann::ordered_json j;
    j["file"] = f.file;
    j["line"] = f.line;
    j["column"] = f.column;
    j["severity"] = SeverityName(f.severity);
    j["rule"] = RuleName(f.rule);
    j["message"] = f.message;
    if (!f.url.empty()) j["url"] = f.url;
    findings.push_back(std::move(j));
  }
  nlohmann::ordered_json heaviest = nlohmann::ordered_json::array();
  for (const PageWeight& p : report.heaviest) {
    heaviest.push_back({{"page", p.page}, {"bytes", p.bytes}});
  }
  nlohmann::ordered_json doc;
  doc["errors"] = report.errors();
  doc["warnings"] = report.warnings();
  doc["files_checked"] = report.files_checked;
  doc["pages_checked"] = report.pages_checked;
  doc["external_checked"] = report.external_checked;
  doc["budget_bytes"] = report.budget_bytes;
  doc["findings"] = std::move(findings);
  doc["heaviest"] = std::move(heaviest);
  // Invalid UTF-8 in a URL must not make the report unprintable.
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string FormatJunit(const CheckReport& report) {
  // One test case per file with findings; files without findings are summed into one
  // passing case, so a 10,000-page site does not make a 10,000-case report.
  std::string cases;
  int tests = 0, failures = 0;
  ForEachFile(report, [&](const std::string& file, size_t begin, size_t end) {
    ++tests;
    cases += "    <testcase classname=\"kiln.check\" name=\"" + XmlEscape(file) + "\">\n";
    std::string errors, warnings;
    for (size_t i = begin; i < end; ++i) {
      const Finding& f = report.findings[i];
      std::string line = Location(f) + ": " + f.message + " [" + RuleName(f.rule) + "]\n";
      (f.severity == Severity::kError ? errors : warnings) += line;
    }
    if (!errors.empty()) {
      ++failures;
      size_t n = 0;
      for (size_t i = begin; i < end; ++i) n += report.findings[i].severity == Severity::kError;
      cases += "      <failure message=\"" + Plural(static_cast<int>(n), "error") +
               "\" type=\"error\">" + XmlEscape(errors) + "</failure>\n";
    }
    if (!warnings.empty()) cases += "      <system-out>" + XmlEscape(warnings) + "</system-out>\n";
    cases += "    </testcase>\n";
  });
  ++tests;
  cases += "    <testcase classname=\"kiln.check\" name=\"summary\">\n      <system-out>" +
           Summary(report) + "</system-out>\n    </testcase>\n";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<testsuites>\n"
         "  <testsuite name=\"kiln check\" tests=\"" +
         std::to_string(tests) + "\" failures=\"" + std::to_string(failures) +
         "\" errors=\"0\">\n" + cases + "  </testsuite>\n</testsuites>\n";
}

}  // namespace kiln::check
