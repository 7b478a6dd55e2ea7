// Go's fmt and time formatting; expectations from Go 1.19 (the template conformance suite
// in testdata/templates covers the verbs more widely through printf).
#include "value/go_format.h"

#include <gtest/gtest.h>

#include "value/time_format.h"

namespace kiln {
namespace {

std::string Sprintf(std::string_view format, std::initializer_list<Value> args) {
  return GoSprintf(format, std::span<const Value>(args.begin(), args.size()));
}

TEST(GoFormatTest, ParamsMapsAreMapsParams) {
  Value params = Value::Params({{"a", Value::Int(1)}});
  Value plain = Value::Map({{"a", Value::Int(1)}});
  EXPECT_EQ(Sprintf("%T|%T|%v|%v", {params, plain, params, plain}),
            "maps.Params|map[string]interface {}|map[a:1]|map[a:1]");
  EXPECT_EQ(Sprintf("%#v|%#v", {params, plain}),
            "maps.Params{\"a\":1}|map[string]interface {}{\"a\":1}");
}

TEST(GoFormatTest, FloatsUseShortestFormWithGoThresholds) {
  EXPECT_EQ(Sprintf("%v|%v|%v|%v", {Value::Float(1e6), Value::Float(123456.0),
                                      Value::Float(1e-5), Value::Float(2.5)}),
            "1e+06|123456|1e-05|2.5");
}

TEST(GoFormatTest, VerbsFlagsWidthsAndPrecisions) {
  EXPECT_EQ(Sprintf("%6.2f|%-8.3e|%+d|%x|%X|%o|%b|%c|%U",
                    {Value::Float(3.14159), Value::Float(1234.5), Value::Int(7), Value::Int(255),
                     Value::Int(255), Value::Int(8), Value::Int(5), Value::Int(0x263A),
                     Value::Int(0x263A)}),
            "  3.14|1.234e+03|+7|ff|FF|10|101|\u263A|U+263A");
  EXPECT_EQ(Sprintf("%q|%#q|%+q|%x|% x|%5.1s|",
                    {Value::String("\u00e9\n"), Value::String("raw"), Value::String("\u00e9"),
                     Value::String("hi"), Value::String("hi"), Value::String("h\u00e9llo")}),
            "\"\u00e9\\n\"|`raw`|\"\\u00e9\"|6869|68 69|    h|");
}

TEST(GoFormatTest, ErrorForms) {
  EXPECT_EQ(Sprintf("%d %s", {Value::String("x"), Value::Int(3)}), "%!d(string=x) %!s(int=3)");
  EXPECT_EQ(Sprintf("%d", {Value::Int(1), Value::Int(2)}), "1%!(EXTRA int=2)");
  EXPECT_EQ(Sprintf("%d %d", {Value::Int(1)}), "1 %!d(MISSING)");
}

TEST(GoFormatTest, NamedIntsPrintTheirTypesAndNames) {
  Value month = Value::Int(3, IntType::kMonth);
  Value weekday = Value::Int(0, IntType::kWeekday);
  EXPECT_EQ(Sprintf("%d|%v|%s|%q|%03d|%#v|%T|%T",
                    {month, month, month, month, month, month, month, weekday}),
            "3|March|March|\"March\"|003|3|time.Month|time.Weekday");
  EXPECT_EQ(Sprintf("%v %v", {Value::Int(13, IntType::kMonth), Value::Int(7, IntType::kWeekday)}),
            "%!Month(13) %!Weekday(7)");
  EXPECT_EQ(Sprintf("%T %T %v", {Value::Int(1, IntType::kInt64), Value::Int(1),
                                 Value::Int(-2, IntType::kInt64)}),
            "int64 int -2");
  EXPECT_EQ(GoValueString(weekday), "Sunday");
}

TEST(GoFormatTest, SprintSpacesOnlyBetweenNonStrings) {
  std::string s;
  Value args[] = {Value::String("a"), Value::Int(1), Value::Int(2), Value::String("b"),
                  Value::Float(3.5)};
  AppendGoSprint(&s, args);
  EXPECT_EQ(s, "a1 2b3.5");
  EXPECT_EQ(GoValueString(Value::Map({{"b", Value::List({Value::Int(1), Value()})},
                                      {"a", Value::String("x")}})),
            "map[a:x b:[1 <nil>]]");
}

TEST(TimeFormatTest, LayoutsAndString) {
  Time t;
  t.unix_seconds = 1677980289;  // 2023-03-05 07:08:09 +05:30
  t.nanos = 120000000;
  t.utc_offset_seconds = 5 * 3600 + 30 * 60;
  t.zone_name = "";
  EXPECT_EQ(FormatGoTime(t, "Mon Monday Jan January 1 01 2 02 _2 2006 06 15 3 03 4 04 5 05 PM pm "
                            ".000 .999 -0700 -07:00 Z07:00 MST"),
            "Sun Sunday Mar March 3 03 5 05  5 2023 23 07 7 07 8 08 9 09 AM am .120 .12 +0530 "
            "+05:30 +05:30 +0530");
  EXPECT_EQ(GoTimeString(t), "2023-03-05 07:08:09.12 +0530 +0530");
  EXPECT_EQ(GoTimeString(Time::Zero()), "0001-01-01 00:00:00 +0000 UTC");
}

}  // namespace
}  // namespace kiln
