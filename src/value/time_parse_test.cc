#include "value/time_parse.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

struct ParseCase {
  const char* text;
  int64_t unix_seconds;
  int32_t nanos;
  int offset;
};

TEST(ParseHugoTimeTest, AcceptsHugoLayouts) {
  const ParseCase kCases[] = {
      {"2023-01-02T15:04:05Z", 1672671845, 0, 0},
      {"2023-01-02T15:04:05+02:00", 1672664645, 0, 7200},
      {"2023-01-02T10:00:00.5+02:00", 1672646400, 500000000, 7200},
      {"2023-01-02T15:04:05", 1672671845, 0, 0},
      {"2023-01-02", 1672617600, 0, 0},
      {"02 Jan 2023", 1672617600, 0, 0},
      {"2023-01-02 15:04:05", 1672671845, 0, 0},
      {"2023-01-02 15:04:05Z", 1672671845, 0, 0},
      {"2023-01-02 15:04:05 -0700", 1672697045, 0, -25200},
      {"2023-01-02 15:04:05 -07:00", 1672697045, 0, -25200},
      {"2023-01-02T15:04:05-0700", 1672697045, 0, -25200},
      {"Mon, 02 Jan 2023 15:04:05 MST", 1672671845, 0, 0},
      {"Mon, 02 Jan 2023 15:04:05 +0100", 1672668245, 0, 3600},
      {"Monday, 02-Jan-23 15:04:05 UTC", 1672671845, 0, 0},
      {"Mon Jan  2 15:04:05 2023", 1672671845, 0, 0},
      {"1969-12-31", -86400, 0, 0},
  };
  for (const ParseCase& c : kCases) {
    std::optional<Time> t = ParseHugoTime(c.text);
    ASSERT_TRUE(t.has_value()) << c.text;
    EXPECT_EQ(t->unix_seconds, c.unix_seconds) << c.text;
    EXPECT_EQ(t->nanos, c.nanos) << c.text;
    EXPECT_EQ(t->utc_offset_seconds, c.offset) << c.text;
  }
}

TEST(ParseHugoTimeTest, RejectsUnknownAndInvalid) {
  for (const char* text : {"bogus", "2023-13-45", "Jan 2 2023", "2023-01-02 10:00", "2023-02-29",
                           "2023-01-02T15:04:05Zjunk", ""}) {
    EXPECT_FALSE(ParseHugoTime(text).has_value()) << text;
  }
}

TEST(ToCivilTest, FieldsInOwnZone) {
  Time t = *ParseHugoTime("2024-12-31T23:30:00-01:00");
  CivilTime c = ToCivil(t);
  EXPECT_EQ(c.year, 2024);
  EXPECT_EQ(c.month, 12);
  EXPECT_EQ(c.day, 31);
  EXPECT_EQ(c.hour, 23);
  EXPECT_EQ(c.minute, 30);
  EXPECT_EQ(c.weekday, 2);  // Tuesday
  EXPECT_EQ(c.yearday, 366);
}

}  // namespace
}  // namespace kiln
