// Go's time layout formatting (time.Time.Format with reference time
// "Mon Jan 2 15:04:05 MST 2006") and time.Time's default String() form, for templates'
// %v, dateFormat and .Format. Pure functions; thread-safe.
#ifndef KILN_VALUE_TIME_FORMAT_H_
#define KILN_VALUE_TIME_FORMAT_H_

#include <string>
#include <string_view>

#include "value/value.h"

namespace kiln {

void AppendGoTime(std::string* out, const Time& t, std::string_view layout);
std::string FormatGoTime(const Time& t, std::string_view layout);
// "2006-01-02 15:04:05.999999999 -0700 MST", as Go's Time.String.
std::string GoTimeString(const Time& t);
// Go's Month.String and Weekday.String: "March", "Sunday"; "%!Month(13)" out of range.
std::string GoMonthString(int64_t month);
std::string GoWeekdayString(int64_t day);

}  // namespace kiln

#endif  // KILN_VALUE_TIME_FORMAT_H_
