#include "value/time_format.h"

#include <cstdio>

#include "value/time_parse.h"

namespace kiln {

namespace {

constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
constexpr const char* kDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                 "Thursday", "Friday", "Saturday"};

void AppendInt(std::string* out, int64_t v, int width, char pad = '0') {
  if (v < 0) {
    out->push_back('-');
    v = -v;
  }
  std::string digits = std::to_string(v);
  for (int i = static_cast<int>(digits.size()); i < width; ++i) out->push_back(pad);
  out->append(digits);
}

// One element of a layout: either literal text or a standard token.
enum class Tok {
  kNone,
  kLongMonth,
  kMonth,
  kNumMonth,
  kZeroMonth,
  kLongWeekDay,
  kWeekDay,
  kDay,
  kUnderDay,
  kZeroDay,
  kUnderYearDay,
  kZeroYearDay,
  kHour,
  kHour12,
  kZeroHour12,
  kMinute,
  kZeroMinute,
  kSecond,
  kZeroSecond,
  kLongYear,
  kYear,
  kPM,
  kpm,
  kTZ,
  kISO8601TZ,
  kISO8601SecondsTZ,
  kISO8601ShortTZ,
  kISO8601ColonTZ,
  kISO8601ColonSecondsTZ,
  kNumTZ,
  kNumSecondsTz,
  kNumShortTZ,
  kNumColonTZ,
  kNumColonSecondsTZ,
  kFracSecond0,
  kFracSecond9,
};

bool HasPrefix(std::string_view s, size_t i, std::string_view p) {
  return s.substr(i, p.size()) == p;
}

// Finds the next standard token in layout at or after i; *len receives its length and
// *digits the fraction width for fractional seconds.
Tok NextToken(std::string_view l, size_t* i, size_t* len, int* digits) {
  struct Entry {
    std::string_view text;
    Tok tok;
  };
  static constexpr Entry kTable[] = {
      {"January", Tok::kLongMonth},
      {"Jan", Tok::kMonth},
      {"Monday", Tok::kLongWeekDay},
      {"Mon", Tok::kWeekDay},
      {"MST", Tok::kTZ},
      {"01", Tok::kZeroMonth},
      {"02", Tok::kZeroDay},
      {"03", Tok::kZeroHour12},
      {"04", Tok::kZeroMinute},
      {"05", Tok::kZeroSecond},
      {"06", Tok::kYear},
      {"002", Tok::kZeroYearDay},
      {"15", Tok::kHour},
      {"2006", Tok::kLongYear},
      {"__2", Tok::kUnderYearDay},
      {"_2", Tok::kUnderDay},
      {"PM", Tok::kPM},
      {"pm", Tok::kpm},
      {"Z070000", Tok::kISO8601SecondsTZ},
      {"Z07:00:00", Tok::kISO8601ColonSecondsTZ},
      {"Z0700", Tok::kISO8601TZ},
      {"Z07:00", Tok::kISO8601ColonTZ},
      {"Z07", Tok::kISO8601ShortTZ},
      {"-070000", Tok::kNumSecondsTz},
      {"-07:00:00", Tok::kNumColonSecondsTZ},
      {"-0700", Tok::kNumTZ},
      {"-07:00", Tok::kNumColonTZ},
      {"-07", Tok::kNumShortTZ},
  };
  for (; *i < l.size(); ++*i) {
    size_t p = *i;
    char c = l[p];
    if (c == 'J' || c == 'M' || c == '0' || c == '1' || c == '2' || c == '_' || c == 'P' ||
        c == 'p' || c == 'Z' || c == '-') {
      // "Monday" must not match inside "Month"-like words: Go only requires the prefix,
      // except that "Jan"/"Mon" followed by a lowercase letter are not tokens.
      for (const Entry& e : kTable) {
        if (!HasPrefix(l, p, e.text)) continue;
        if ((e.tok == Tok::kMonth || e.tok == Tok::kWeekDay) && p + 3 < l.size() &&
            l[p + 3] >= 'a' && l[p + 3] <= 'z' && !HasPrefix(l, p, "January") &&
            !HasPrefix(l, p, "Monday")) {
          continue;
        }
        if (e.tok == Tok::kUnderDay && HasPrefix(l, p, "_2006")) {
          continue;  // "_2006" is a literal underscore before the year
        }
        *len = e.text.size();
        return e.tok;
      }
      if (HasPrefix(l, p, "1")) {
        if (HasPrefix(l, p, "15")) continue;
        *len = 1;
        return Tok::kNumMonth;
      }
      if (HasPrefix(l, p, "2")) {
        *len = 1;
        return Tok::kDay;
      }
    }
    if (c == '3' || c == '4' || c == '5') {
      *len = 1;
      return c == '3' ? Tok::kHour12 : c == '4' ? Tok::kMinute : Tok::kSecond;
    }
    if ((c == '.' || c == ',') && p + 1 < l.size() && (l[p + 1] == '0' || l[p + 1] == '9')) {
      char ch = l[p + 1];
      size_t j = p + 1;
      while (j < l.size() && l[j] == ch) ++j;
      if (j >= l.size() || l[j] < '0' || l[j] > '9') {
        *len = j - p;
        *digits = static_cast<int>(j - p - 1);
        return ch == '0' ? Tok::kFracSecond0 : Tok::kFracSecond9;
      }
    }
  }
  return Tok::kNone;
}

void AppendZone(std::string* out, int offset, bool z, bool colon, bool seconds, bool shrt) {
  if (z && offset == 0) {
    out->push_back('Z');
    return;
  }
  int zone = offset / 60;
  int abs_offset = offset;
  if (zone < 0) {
    out->push_back('-');
    zone = -zone;
    abs_offset = -abs_offset;
  } else {
    out->push_back('+');
  }
  AppendInt(out, zone / 60, 2);
  if (shrt) return;
  if (colon) out->push_back(':');
  AppendInt(out, zone % 60, 2);
  if (seconds) {
    if (colon) out->push_back(':');
    AppendInt(out, abs_offset % 60, 2);
  }
}

}  // namespace

void AppendGoTime(std::string* out, const Time& t, std::string_view layout) {
  CivilTime c = ToCivil(t);
  size_t i = 0;
  while (i < layout.size()) {
    size_t start = i, len = 0;
    int digits = 0;
    Tok tok = NextToken(layout, &i, &len, &digits);
    out->append(layout.substr(start, i - start));
    if (tok == Tok::kNone) break;
    i += len;
    switch (tok) {
      case Tok::kYear:
        AppendInt(out, c.year % 100, 2);
        break;
      case Tok::kLongYear:
        AppendInt(out, c.year, 4);
        break;
      case Tok::kMonth:
        out->append(std::string_view(kMonths[c.month - 1]).substr(0, 3));
        break;
      case Tok::kLongMonth:
        out->append(kMonths[c.month - 1]);
        break;
      case Tok::kNumMonth:
        AppendInt(out, c.month, 0);
        break;
      case Tok::kZeroMonth:
        AppendInt(out, c.month, 2);
        break;
      case Tok::kWeekDay:
        out->append(std::string_view(kDays[c.weekday]).substr(0, 3));
        break;
      case Tok::kLongWeekDay:
        out->append(kDays[c.weekday]);
        break;
      case Tok::kDay:
        AppendInt(out, c.day, 0);
        break;
      case Tok::kUnderDay:
        AppendInt(out, c.day, 2, ' ');
        break;
      case Tok::kZeroDay:
        AppendInt(out, c.day, 2);
        break;
      case Tok::kUnderYearDay:
        AppendInt(out, c.yearday, 3, ' ');
        break;
      case Tok::kZeroYearDay:
        AppendInt(out, c.yearday, 3);
        break;
      case Tok::kHour:
        AppendInt(out, c.hour, 2);
        break;
      case Tok::kHour12:
        AppendInt(out, c.hour % 12 == 0 ? 12 : c.hour % 12, 0);
        break;
      case Tok::kZeroHour12:
        AppendInt(out, c.hour % 12 == 0 ? 12 : c.hour % 12, 2);
        break;
      case Tok::kMinute:
        AppendInt(out, c.minute, 0);
        break;
      case Tok::kZeroMinute:
        AppendInt(out, c.minute, 2);
        break;
      case Tok::kSecond:
        AppendInt(out, c.second, 0);
        break;
      case Tok::kZeroSecond:
        AppendInt(out, c.second, 2);
        break;
      case Tok::kPM:
        out->append(c.hour >= 12 ? "PM" : "AM");
        break;
      case Tok::kpm:
        out->append(c.hour >= 12 ? "pm" : "am");
        break;
      case Tok::kISO8601TZ:
        AppendZone(out, t.utc_offset_seconds, true, false, false, false);
        break;
      case Tok::kISO8601ColonTZ:
        AppendZone(out, t.utc_offset_seconds, true, true, false, false);
        break;
      case Tok::kISO8601SecondsTZ:
        AppendZone(out, t.utc_offset_seconds, true, false, true, false);
        break;
      case Tok::kISO8601ColonSecondsTZ:
        AppendZone(out, t.utc_offset_seconds, true, true, true, false);
        break;
      case Tok::kISO8601ShortTZ:
        AppendZone(out, t.utc_offset_seconds, true, false, false, true);
        break;
      case Tok::kNumTZ:
        AppendZone(out, t.utc_offset_seconds, false, false, false, false);
        break;
      case Tok::kNumColonTZ:
        AppendZone(out, t.utc_offset_seconds, false, true, false, false);
        break;
      case Tok::kNumSecondsTz:
        AppendZone(out, t.utc_offset_seconds, false, false, true, false);
        break;
      case Tok::kNumColonSecondsTZ:
        AppendZone(out, t.utc_offset_seconds, false, true, true, false);
        break;
      case Tok::kNumShortTZ:
        AppendZone(out, t.utc_offset_seconds, false, false, false, true);
        break;
      case Tok::kTZ:
        if (!t.zone_name.empty()) {
          out->append(t.zone_name);
        } else {
          // Go prints a nameless zone as its numeric offset, -0700.
          AppendZone(out, t.utc_offset_seconds, false, false, false, false);
        }
        break;
      case Tok::kFracSecond0:
      case Tok::kFracSecond9: {
        char frac[10];
        std::snprintf(frac, sizeof frac, "%09d", t.nanos);
        std::string_view f(frac, 9);
        f = f.substr(0, digits);
        if (tok == Tok::kFracSecond9) {
          while (!f.empty() && f.back() == '0') f.remove_suffix(1);
          if (f.empty()) break;
        }
        out->push_back(layout[i - len]);
        out->append(f);
        break;
      }
      case Tok::kNone:
        break;
    }
  }
}

std::string FormatGoTime(const Time& t, std::string_view layout) {
  std::string s;
  AppendGoTime(&s, t, layout);
  return s;
}

std::string GoMonthString(int64_t month) {
  if (month >= 1 && month <= 12) return kMonths[month - 1];
  return "%!Month(" + std::to_string(month) + ")";
}

std::string GoWeekdayString(int64_t day) {
  if (day >= 0 && day <= 6) return kDays[day];
  return "%!Weekday(" + std::to_string(day) + ")";
}

std::string GoTimeString(const Time& t) {
  return FormatGoTime(t, "2006-01-02 15:04:05.999999999 -0700 MST");
}

}  // namespace kiln
