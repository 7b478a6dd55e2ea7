#include "check/finding.h"

#include <algorithm>
#include <tuple>

namespace kiln::check {

const char* SeverityName(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

const char* RuleName(Rule rule) {
  switch (rule) {
    case Rule::kBrokenLink:
      return "broken-link";
    case Rule::kBrokenAnchor:
      return "broken-anchor";
    case Rule::kListedUrl:
      return "listed-url";
    case Rule::kMixedContent:
      return "mixed-content";
    case Rule::kPageWeight:
      return "page-weight";
    case Rule::kExternalLink:
      return "external-link";
    case Rule::kMissingAlt:
      return "missing-alt";
    case Rule::kDuplicateId:
      return "duplicate-id";
    case Rule::kEmptyLink:
      return "empty-link";
    case Rule::kRepairedHtml:
      return "repaired-html";
    case Rule::kUnreadable:
      return "unreadable";
  }
  return "unknown";
}

bool Finding::operator<(const Finding& o) const {
  return std::tie(file, line, column, rule, message) <
         std::tie(o.file, o.line, o.column, o.rule, o.message);
}

int CheckReport::errors() const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [](const Finding& f) {
    return f.severity == Severity::kError;
  }));
}

int CheckReport::warnings() const { return static_cast<int>(findings.size()) - errors(); }

bool CheckReport::Failed(bool warnings_as_errors) const {
  return errors() > 0 || (warnings_as_errors && warnings() > 0);
}

}  // namespace kiln::check
