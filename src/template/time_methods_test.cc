#include "template/time_methods.h"

#include <gtest/gtest.h>

#include <limits>

namespace kiln::tmpl {
namespace {

TEST(GoDurationString, PrintsAsGo) {
  const struct {
    int64_t nanos;
    const char* want;
  } kCases[] = {{0, "0s"},
                {1, "1ns"},
                {1100, "1.1\xc2\xb5s"},
                {2'200'000, "2.2ms"},
                {3'300'000'000, "3.3s"},
                {-4'000'000'000'000, "-1h6m40s"},
                {std::numeric_limits<int64_t>::max(), "2562047h47m16.854775807s"},
                {std::numeric_limits<int64_t>::min(), "-2562047h47m16.854775808s"}};
  for (const auto& c : kCases) EXPECT_EQ(GoDurationString(c.nanos), c.want) << c.nanos;
}

TEST(ParseGoDuration, AcceptsGoSyntax) {
  const struct {
    const char* in;
    int64_t want;
  } kCases[] = {{"+5s", 5'000'000'000}, {".5s", 500'000'000}, {"1.h", 3'600'000'000'000},
                {"1\xce\xbcs", 1000},   {"-0", 0},            {"1h1m1s1ms1us1ns", 3'661'001'001'001}};
  for (const auto& c : kCases) {
    StatusOr<int64_t> got = ParseGoDuration(c.in);
    ASSERT_TRUE(got.ok()) << c.in;
    EXPECT_EQ(*got, c.want) << c.in;
  }
  EXPECT_EQ(ParseGoDuration(".s").status().message(), "time: invalid duration \".s\"");
  EXPECT_EQ(ParseGoDuration("-").status().message(), "time: invalid duration \"-\"");
}

TEST(TimeMember, UnknownMemberIsNotFound) {
  EXPECT_EQ(TimeMember(Time(), "Nope", {}).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(TimeMember(Time(), "Year", std::vector<Value>{Value::Int(1)}).status().message(),
            "wrong number of args for Year: want 0 got 1");
}

}  // namespace
}  // namespace kiln::tmpl
