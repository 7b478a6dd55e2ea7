#include "cli/build_report.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(BuildReportTest, TableMatchesHugoLayout) {
  BuildSummary s;
  s.languages = {{.lang = "en", .pages = 3, .sitemaps = 1}};
  s.duration_ms = 19;
  EXPECT_EQ(BuildSummaryTable(s),
            "\n"
            "                   | EN  \n"
            "-------------------+-----\n"
            "  Pages            |  3  \n"
            "  Paginator pages  |  0  \n"
            "  Non-page files   |  0  \n"
            "  Static files     |  0  \n"
            "  Processed images |  0  \n"
            "  Aliases          |  0  \n"
            "  Sitemaps         |  1  \n"
            "  Cleaned          |  0  \n"
            "\n"
            "Total in 19 ms\n");
}

TEST(BuildReportTest, WideCountsWidenTheColumn) {
  BuildSummary s;
  s.languages = {{.lang = "en", .pages = 124, .static_files = 12, .sitemaps = 1}};
  s.duration_ms = 116;
  EXPECT_EQ(BuildSummaryTable(s),
            "\n"
            "                   | EN   \n"
            "-------------------+------\n"
            "  Pages            | 124  \n"
            "  Paginator pages  |   0  \n"
            "  Non-page files   |   0  \n"
            "  Static files     |  12  \n"
            "  Processed images |   0  \n"
            "  Aliases          |   0  \n"
            "  Sitemaps         |   1  \n"
            "  Cleaned          |   0  \n"
            "\n"
            "Total in 116 ms\n");
}

// hugo 0.111.3's table for a site in German, French and English (weights 1, 2, 3).
TEST(BuildReportTest, OneColumnPerLanguage) {
  BuildSummary s;
  s.languages = {{.lang = "de", .pages = 8, .aliases = 1, .sitemaps = 2},
                 {.lang = "fr", .pages = 7, .sitemaps = 1},
                 {.lang = "en", .pages = 7, .sitemaps = 1}};
  s.duration_ms = 402;
  EXPECT_EQ(BuildSummaryTable(s),
            "\n"
            "                   | DE | FR | EN  \n"
            "-------------------+----+----+-----\n"
            "  Pages            |  8 |  7 |  7  \n"
            "  Paginator pages  |  0 |  0 |  0  \n"
            "  Non-page files   |  0 |  0 |  0  \n"
            "  Static files     |  0 |  0 |  0  \n"
            "  Processed images |  0 |  0 |  0  \n"
            "  Aliases          |  1 |  0 |  0  \n"
            "  Sitemaps         |  2 |  1 |  1  \n"
            "  Cleaned          |  0 |  0 |  0  \n"
            "\n"
            "Total in 402 ms\n");
}

TEST(BuildReportTest, BannerAndVersion) {
  EXPECT_EQ(VersionLine(), std::string("kiln v") + KILN_VERSION + " linux/amd64");
  EXPECT_EQ(BuildBanner(), "Start building sites \u2026 \n" + VersionLine() + "\n");
}

TEST(LogLineTest, StampsLocalTime) {
  // 2023-03-04T05:06:07Z.
  EXPECT_EQ(LogLine("INFO", "syncing static files to /", 1677906367, 0),
            "INFO 2023/03/04 05:06:07 syncing static files to /\n");
  EXPECT_EQ(LogLine("INFO", "x", 1677906367, -6 * 3600), "INFO 2023/03/03 23:06:07 x\n");
  EXPECT_EQ(LogLine("ERROR", "multi\nline", 1677906367, 0),
            "ERROR 2023/03/04 05:06:07 multi\nline\n");
}

}  // namespace
}  // namespace kiln
