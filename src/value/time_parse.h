// Parsing of date strings the way Hugo reads them from front matter and templates
// (`cast.ToTime`): a fixed list of layouts is tried in order (RFC 3339 and its variants
// without `T` or colon, ISO dates, RFC 1123/822/850, ANSI C, Unix and Ruby dates,
// "02 Jan 2006", Go's Time.String form). Strings without a zone are read in the given
// site's time zone. Pure functions; thread-safe.
#ifndef KILN_VALUE_TIME_PARSE_H_
#define KILN_VALUE_TIME_PARSE_H_

#include <optional>
#include <string_view>

#include "value/value.h"

namespace kiln {

class TimeZone;

// The time `text` denotes, or nullopt when no known layout matches it. Zone-less strings
// are wall times in `zone` (UTC when null).
std::optional<Time> ParseHugoTime(std::string_view text, const TimeZone* zone = nullptr);

// Days since 1970-01-01 of a proleptic Gregorian civil date (month 1-12).
int64_t DaysFromCivil(int64_t year, int month, int day);

// The civil fields of a Time in its own zone.
struct CivilTime {
  int64_t year = 1;
  int month = 1;  // 1-12
  int day = 1;
  int hour = 0, minute = 0, second = 0;
  int weekday = 0;  // 0 = Sunday
  int yearday = 1;  // 1-366
};
CivilTime ToCivil(const Time& t);

}  // namespace kiln

#endif  // KILN_VALUE_TIME_PARSE_H_
