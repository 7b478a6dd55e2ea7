// Renders a CheckReport for people (grouped by file, one "file:line:col" line per finding,
// then the heaviest pages and a summary) and for CI: JSON, and JUnit XML that CI systems
// show as test results (one test case per checked file).
//
// Pure functions; thread-safe.
#ifndef KILN_CHECK_REPORT_FORMAT_H_
#define KILN_CHECK_REPORT_FORMAT_H_

#include <string>

#include "check/finding.h"

namespace kiln::check {

std::string FormatHuman(const CheckReport& report);
std::string FormatJson(const CheckReport& report);
std::string FormatJunit(const CheckReport& report);

}  // namespace kiln::check

#endif  // KILN_CHECK_REPORT_FORMAT_H_
