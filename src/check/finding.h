// Finding and CheckReport: what `kiln check` found in an output directory, independent of
// how it is printed (see report_format.h).
//
// Plain values: a CheckReport owns its findings and may be moved between threads.
#ifndef KILN_CHECK_FINDING_H_
#define KILN_CHECK_FINDING_H_

#include <cstdint>
#include <string>
#include <vector>

namespace kiln::check {

enum class Severity : uint8_t { kError, kWarning };

const char* SeverityName(Severity severity);  // "error", "warning"

// The rule a finding breaks; its name is the stable identifier shown in every format and
// accepted by ignore settings.
enum class Rule : uint8_t {
  kBrokenLink,    // an internal link or resource leads to no file
  kBrokenAnchor,  // a #fragment names no id in the target page
  kListedUrl,     // a sitemap or feed URL leads to no page
  kMixedContent,  // an http:// resource on an https:// site
  kPageWeight,    // a page loads more bytes than the budget
  kExternalLink,  // an external URL failed (only with --external)
  kMissingAlt,    // <img> without alt
  kDuplicateId,   // the same id twice in one page
  kEmptyLink,     // <a href=""> or <a href="#">
  kRepairedHtml,  // markup that browsers repair, and not all the same way
  kUnreadable,    // a file that could not be read or parsed
};

const char* RuleName(Rule rule);  // "broken-link", ...

struct Finding {
  std::string file;  // site-relative path of the file the finding is in, '/'-separated
  int line = 0;      // 1-based; 0 when the finding is about the whole file
  int column = 0;
  Severity severity = Severity::kError;
  Rule rule = Rule::kBrokenLink;
  std::string message;
  std::string url;  // the reference as written, when the finding is about one

  // Orders by file, then line, column, rule and message: reports are deterministic.
  bool operator<(const Finding& other) const;
};

struct PageWeight {
  std::string page;
  uint64_t bytes = 0;
};

struct CheckReport {
  std::vector<Finding> findings;     // sorted
  std::vector<PageWeight> heaviest;  // heaviest first, at most CheckOptions::heaviest_count
  uint64_t budget_bytes = 0;
  int pages_checked = 0;     // HTML files
  int files_checked = 0;     // HTML, CSS and XML files inspected
  int external_checked = 0;  // distinct external URLs checked (with --external)

  int errors() const;
  int warnings() const;
  // True when the site should fail CI: any error, or any warning if they count as errors.
  bool Failed(bool warnings_as_errors) const;
};

}  // namespace kiln::check

#endif  // KILN_CHECK_FINDING_H_
