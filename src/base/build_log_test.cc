#include "base/build_log.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

std::string Dump(const BuildLog& log) {
  std::string out;
  for (const LogEntry& e : log.entries())
    out += std::string(LogLevelName(e.level)) + " " + e.message + "\n";
  return out;
}

TEST(BuildLogTest, KeepsEachDistinctLevelAndMessageOnceInFirstOrder) {
  BuildLog log;
  EXPECT_TRUE(log.Log(LogLevel::kError, "same"));
  EXPECT_TRUE(log.Log(LogLevel::kWarn, "same"));
  EXPECT_FALSE(log.Log(LogLevel::kError, "same"));
  EXPECT_TRUE(log.Log(LogLevel::kWarn, "w1"));
  EXPECT_FALSE(log.Log(LogLevel::kWarn, "w1"));
  EXPECT_TRUE(log.Log(LogLevel::kError, "multi\nline"));
  EXPECT_EQ(Dump(log), "ERROR same\nWARN same\nWARN w1\nERROR multi\nline\n");
  EXPECT_EQ(log.errors(), 2);
}

TEST(BuildLogTest, WarningsAloneCountNoErrors) {
  BuildLog log;
  log.Log(LogLevel::kWarn, "careful");
  EXPECT_EQ(log.errors(), 0);
}

}  // namespace
}  // namespace kiln
