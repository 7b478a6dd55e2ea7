// The text `kiln` prints around a build, in hugo 0.111's layout: the "Start building
// sites …" banner with the version line, and the summary table of counts with the total
// time, and the INFO lines of `-v`. Pure functions; thread-safe.
#ifndef KILN_CLI_BUILD_REPORT_H_
#define KILN_CLI_BUILD_REPORT_H_

#include <cstdint>
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

// "INFO 2023/03/04 05:06:07 <message>\n": a log line of `level` (INFO for `-v`, WARN and
// ERROR for what templates log), stamped with the wall-clock time in the zone
// `utc_offset_seconds` east of UTC, as Go's standard logger stamps it.
std::string LogLine(std::string_view level, std::string_view message, int64_t unix_seconds,
                    int utc_offset_seconds);

}  // namespace kiln

#endif  // KILN_CLI_BUILD_REPORT_H_
