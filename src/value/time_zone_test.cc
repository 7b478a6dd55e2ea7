#include "value/time_zone.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "value/time_parse.h"

namespace kiln {
namespace {

struct LookupCase {
  const char* zone;
  int64_t unix_seconds;
  int32_t offset;
  const char* abbreviation;
  bool is_dst;
};

// Instants either side of DST changes, from the recorded transitions (2023, 2024) and
// from the footer rules (2075 and later lie past the files' last transition).
TEST(TimeZoneTest, LooksUpOffsetsAroundTransitions) {
  const LookupCase kCases[] = {
      {"Europe/Oslo", 1679792399, 3600, "CET", false},
      {"Europe/Oslo", 1679792400, 7200, "CEST", true},
      {"Europe/Oslo", 1698541199, 7200, "CEST", true},
      {"Europe/Oslo", 1698541200, 3600, "CET", false},
      {"Europe/Oslo", 3794173199, 3600, "CET", false},
      {"Europe/Oslo", 3794173200, 7200, "CEST", true},
      {"Europe/Oslo", 3812921999, 7200, "CEST", true},
      {"Europe/Oslo", 3812922000, 3600, "CET", false},
      {"America/New_York", 1710053999, -18000, "EST", false},
      {"America/New_York", 1710054000, -14400, "EDT", true},
      {"America/New_York", 1730613599, -14400, "EDT", true},
      {"America/New_York", 1730613600, -18000, "EST", false},
      {"America/New_York", 3319426799, -18000, "EST", false},
      {"America/New_York", 3319426800, -14400, "EDT", true},
      {"America/New_York", 3339986399, -14400, "EDT", true},
      {"America/New_York", 3339986400, -18000, "EST", false},
      {"Australia/Sydney", 3731846399, 39600, "AEDT", true},
      {"Australia/Sydney", 3731846400, 36000, "AEST", false},
      {"Australia/Sydney", 3747571199, 36000, "AEST", false},
      {"Australia/Sydney", 3747571200, 39600, "AEDT", true},
      {"Asia/Kolkata", 1679792400, 19800, "IST", false},
      {"Asia/Kolkata", -2208988800, 19270, "MMT", false},
      {"America/Sao_Paulo", 4118083200, -10800, "-03", false},
      {"UTC", 1679792400, 0, "UTC", false},
  };
  RealFileSystem fs;
  for (const LookupCase& c : kCases) {
    ASSERT_OK_AND_ASSIGN(TimeZone tz, LoadTimeZone(fs, std::string(kSystemZoneinfoDir), c.zone));
    EXPECT_EQ(tz.Lookup(c.unix_seconds), (ZoneOffset{c.offset, c.abbreviation, c.is_dst}))
        << c.zone << " " << c.unix_seconds;
  }
}

// Wall times map back to instants; the skipped and the repeated hour resolve as Go does.
TEST(TimeZoneTest, ConvertsWallTimesToInstants) {
  struct Case {
    int64_t local_seconds;
    int64_t unix_seconds;
  };
  constexpr int64_t kMar26 = 1679788800;  // 2023-03-26 00:00 as wall time
  constexpr int64_t kOct29 = 1698537600;  // 2023-10-29 00:00 as wall time
  const Case kCases[] = {
      {kMar26 + 3600, kMar26},          // 01:00 CET
      {kMar26 + 9000, kMar26 + 5400},   // 02:30 does not exist: read as CET
      {kMar26 + 10800, kMar26 + 3600},  // 03:00 CEST
      {kOct29 + 5400, kOct29 - 1800},   // 01:30 CEST
      {kOct29 + 9000, kOct29 + 5400},   // 02:30 happens twice: the CET one
      {kOct29 + 10800, kOct29 + 7200},  // 03:00 CET
  };
  RealFileSystem fs;
  ASSERT_OK_AND_ASSIGN(TimeZone oslo,
                       LoadTimeZone(fs, std::string(kSystemZoneinfoDir), "Europe/Oslo"));
  for (const Case& c : kCases) {
    EXPECT_EQ(oslo.LocalToUnix(c.local_seconds), c.unix_seconds) << c.local_seconds;
  }
  Time t = oslo.At(kMar26 + 3600, 5);
  EXPECT_EQ(t.utc_offset_seconds, 7200);
  EXPECT_EQ(t.zone_name, "CEST");
  EXPECT_EQ(t.nanos, 5);
}

// Zone-less strings are wall times in the given zone; strings with a zone keep theirs.
TEST(TimeZoneTest, ParsesZonelessTimesInZone) {
  struct Case {
    const char* text;
    int64_t unix_seconds;
    int32_t offset;
    const char* zone_name;
  };
  const Case kCases[] = {
      {"2023-03-12T01:30:00", 1678602600, -18000, "EST"},
      {"2023-03-12T02:30:00", 1678602600, -18000, "EST"},
      {"2023-11-05 01:30:00", 1699162200, -14400, "EDT"},
      {"2023-07-01", 1688184000, -14400, "EDT"},
      {"2023-07-01T10:00:00Z", 1688205600, 0, "UTC"},
      {"2023-07-01T10:00:00+02:00", 1688198400, 7200, ""},
  };
  RealFileSystem fs;
  ASSERT_OK_AND_ASSIGN(TimeZone ny,
                       LoadTimeZone(fs, std::string(kSystemZoneinfoDir), "America/New_York"));
  for (const Case& c : kCases) {
    std::optional<Time> t = ParseHugoTime(c.text, &ny);
    ASSERT_TRUE(t.has_value()) << c.text;
    EXPECT_EQ(t->unix_seconds, c.unix_seconds) << c.text;
    EXPECT_EQ(t->utc_offset_seconds, c.offset) << c.text;
    EXPECT_EQ(t->zone_name, c.zone_name) << c.text;
  }
}

TEST(TimeZoneTest, ParsesPosixRules) {
  auto rule = PosixZoneRule::Parse("<+0330>-3:30<+0430>,J79/24,J263/24");
  ASSERT_TRUE(rule.has_value());
  EXPECT_EQ(rule->standard, (ZoneOffset{12600, "+0330", false}));
  EXPECT_EQ(rule->daylight, (ZoneOffset{16200, "+0430", true}));
  EXPECT_EQ(rule->start.seconds, 86400);
  EXPECT_EQ(rule->end.day, 263);
  auto fixed = PosixZoneRule::Parse("IST-5:30");
  ASSERT_TRUE(fixed.has_value());
  EXPECT_FALSE(fixed->daylight.has_value());
  EXPECT_EQ(fixed->Lookup(0), (ZoneOffset{19800, "IST", false}));
  for (const char* bad : {"", "X1", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0",
                          "CET-1CEST,M3.5.0,M10.5.0/3x", "<CET-1"}) {
    EXPECT_FALSE(PosixZoneRule::Parse(bad).has_value()) << bad;
  }
}

TEST(TimeZoneTest, RejectsUnknownAndMalformedZones) {
  RealFileSystem fs;
  std::string dir(kSystemZoneinfoDir);
  EXPECT_EQ(LoadTimeZone(fs, dir, "Mars/Olympus").status().message(),
            "unknown time zone Mars/Olympus");
  EXPECT_EQ(LoadTimeZone(fs, dir, "../../etc/passwd").status().message(),
            "unknown time zone ../../etc/passwd");
  EXPECT_EQ(TimeZone::FromTzif("Bad/Zone", "TZif2").status().message(),
            "time zone Bad/Zone: not a TZif file");
}

}  // namespace
}  // namespace kiln
