// The text `kiln` prints around a build, in hugo 0.111's layout: the "Start building
// sites …" banner with the version line, and the summary table of counts with the total
// time. Pure functions; thread-safe.
#ifndef KILN_CLI_BUILD_REPORT_H_
#define KILN_CLI_BUILD_REPORT_H_

#include <string>
#include <string_view>

#include "site/build_summary.h"

namespace kiln {

// "kiln v0.1.0 linux/amd64": what `kiln version` prints, and the banner's second line.
std::string VersionLine();

// "Start building sites … \n" followed by the version line.
std::string BuildBanner();

// The table of counts, one column per language (its key upper-cased as the title), a
// blank line and "Total in N ms".
std::string BuildSummaryTable(const BuildSummary& summary);

}  // namespace kiln

#endif  // KILN_CLI_BUILD_REPORT_H_
