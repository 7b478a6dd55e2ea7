#include "cli/build_report.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(BuildReportTest, TableMatchesHugoLayout) {
  BuildSummary s;
  s.pages = 3;
  s.sitemaps = 1;
  s.duration_ms = 19;
  EXPECT_EQ(BuildSummaryTable(s, "en"),
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
  s.pages = 124;
  s.static_files = 12;
  s.sitemaps = 1;
  s.duration_ms = 116;
  EXPECT_EQ(BuildSummaryTable(s, "en"),
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

TEST(BuildReportTest, BannerAndVersion) {
  EXPECT_EQ(VersionLine(), std::string("kiln v") + KILN_VERSION + " linux/amd64");
  EXPECT_EQ(BuildBanner(), "Start building sites \u2026 \n" + VersionLine() + "\n");
}

}  // namespace
}  // namespace kiln
