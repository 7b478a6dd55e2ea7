#include "value/time_parse.h"

#include <array>
#include <cctype>
#include <string>

#include "value/time_zone.h"

namespace kiln {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kDayNames = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};

// The layouts Hugo tries, in its order, written in Go's reference-time notation.
constexpr std::array<std::string_view, 24> kLayouts = {
    "2006-01-02T15:04:05Z07:00",
    "2006-01-02T15:04:05",
    "Mon, 02 Jan 2006 15:04:05 -0700",
    "Mon, 02 Jan 2006 15:04:05 MST",
    "02 Jan 06 15:04 -0700",
    "02 Jan 06 15:04 MST",
    "Monday, 02-Jan-06 15:04:05 MST",
    "2006-01-02 15:04:05.999999999 -0700 MST",
    "2006-01-02T15:04:05-0700",
    "2006-01-02 15:04:05Z0700",
    "2006-01-02 15:04:05",
    "Mon Jan _2 15:04:05 2006",
    "Mon Jan _2 15:04:05 MST 2006",
    "Mon Jan 02 15:04:05 -0700 2006",
    "2006-01-02 15:04:05Z07:00",
    "2006-01-02",
    "02 Jan 2006",
    "2006-01-02 15:04:05 -07:00",
    "2006-01-02 15:04:05 -0700",
    "3:04PM",
    "Jan _2 15:04:05",
    "Jan _2 15:04:05.000",
    "Jan _2 15:04:05.000000",
    "Jan _2 15:04:05.000000000",
};

struct Fields {
  int64_t year = 0;
  int month = 1, day = 1, hour = 0, minute = 0, second = 0;
  int32_t nanos = 0;
  bool pm = false, has_pm = false;
  bool has_zone = false;
  int offset = 0;
};

// Reads exactly `width` digits (or 1-2 when width is 0) into *out.
bool Digits(std::string_view& v, int width, int64_t* out) {
  size_t n = 0;
  size_t max = width == 0 ? 2 : static_cast<size_t>(width);
  while (n < v.size() && n < max && std::isdigit(static_cast<unsigned char>(v[n]))) ++n;
  if (n == 0 || (width != 0 && n != static_cast<size_t>(width))) return false;
  int64_t r = 0;
  for (size_t i = 0; i < n; ++i) r = r * 10 + (v[i] - '0');
  v.remove_prefix(n);
  *out = r;
  return true;
}

template <size_t N>
bool Name(std::string_view& v, const std::array<std::string_view, N>& names, bool abbrev,
          int* index) {
  for (size_t i = 0; i < N; ++i) {
    std::string_view name = abbrev ? names[i].substr(0, 3) : names[i];
    if (v.size() >= name.size() && v.substr(0, name.size()) == name) {
      v.remove_prefix(name.size());
      *index = static_cast<int>(i);
      return true;
    }
  }
  return false;
}

// A zone offset "-0700", "-07:00", or with `z_ok` also "Z".
bool Offset(std::string_view& v, bool colon, bool z_ok, Fields* f) {
  f->has_zone = true;
  if (z_ok && !v.empty() && v[0] == 'Z') {
    v.remove_prefix(1);
    f->offset = 0;
    return true;
  }
  if (v.empty() || (v[0] != '+' && v[0] != '-')) return false;
  int sign = v[0] == '-' ? -1 : 1;
  v.remove_prefix(1);
  int64_t hh = 0, mm = 0;
  if (!Digits(v, 2, &hh)) return false;
  if (colon) {
    if (v.empty() || v[0] != ':') return false;
    v.remove_prefix(1);
  }
  if (!Digits(v, 2, &mm)) return false;
  f->offset = sign * static_cast<int>(hh * 3600 + mm * 60);
  return true;
}

// Go accepts a fractional second after the seconds field even when the layout has none.
void Fraction(std::string_view& v, Fields* f) {
  if (v.size() < 2 || v[0] != '.' || !std::isdigit(static_cast<unsigned char>(v[1]))) return;
  v.remove_prefix(1);
  int64_t scale = 100000000;
  while (!v.empty() && std::isdigit(static_cast<unsigned char>(v[0]))) {
    f->nanos += static_cast<int32_t>((v[0] - '0') * scale);
    scale /= 10;
    v.remove_prefix(1);
  }
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Matches `v` against one Go layout, filling `f`.
bool MatchLayout(std::string_view layout, std::string_view v, Fields* f) {
  int64_t n = 0;
  int idx = 0;
  while (!layout.empty()) {
    auto take = [&](std::string_view token) {
      if (!StartsWith(layout, token)) return false;
      layout.remove_prefix(token.size());
      return true;
    };
    bool ok = true;
    if (take("January")) {
      ok = Name(v, kMonthNames, false, &idx), f->month = idx + 1;
    } else if (take("Jan")) {
      ok = Name(v, kMonthNames, true, &idx), f->month = idx + 1;
    } else if (take("Monday")) {
      ok = Name(v, kDayNames, false, &idx);
    } else if (take("Mon")) {
      ok = Name(v, kDayNames, true, &idx);
    } else if (take("MST")) {
      // Named zones other than UTC are unknown to a UTC host: Go reads them as offset 0.
      size_t k = 0;
      while (k < v.size() && std::isupper(static_cast<unsigned char>(v[k]))) ++k;
      ok = k >= 3;
      v.remove_prefix(k);
      if (!f->has_zone) f->has_zone = true, f->offset = 0;
    } else if (take("2006")) {
      ok = Digits(v, 4, &f->year);
    } else if (take("Z07:00")) {
      ok = Offset(v, true, true, f);
    } else if (take("Z0700")) {
      ok = Offset(v, false, true, f);
    } else if (take("-07:00")) {
      ok = Offset(v, true, false, f);
    } else if (take("-0700")) {
      ok = Offset(v, false, false, f);
    } else if (take("01")) {
      ok = Digits(v, 2, &n), f->month = static_cast<int>(n);
    } else if (take("02")) {
      ok = Digits(v, 2, &n), f->day = static_cast<int>(n);
    } else if (take("_2")) {
      if (!v.empty() && v[0] == ' ') v.remove_prefix(1);
      ok = Digits(v, 0, &n), f->day = static_cast<int>(n);
    } else if (take("06")) {
      ok = Digits(v, 2, &n), f->year = n >= 69 ? 1900 + n : 2000 + n;
    } else if (take("15")) {
      ok = Digits(v, 2, &n), f->hour = static_cast<int>(n);
    } else if (take("3")) {
      ok = Digits(v, 0, &n), f->hour = static_cast<int>(n);
    } else if (take("04")) {
      ok = Digits(v, 2, &n), f->minute = static_cast<int>(n);
    } else if (take("05")) {
      ok = Digits(v, 2, &n), f->second = static_cast<int>(n);
      if (ok && !StartsWith(layout, ".")) Fraction(v, f);
    } else if (take(".999999999") || take(".000000000") || take(".000000") || take(".000")) {
      Fraction(v, f);
    } else if (take("PM")) {
      f->has_pm = true;
      if (StartsWith(v, "PM")) {
        f->pm = true;
      } else if (!StartsWith(v, "AM")) {
        ok = false;
      }
      v.remove_prefix(std::min<size_t>(2, v.size()));
    } else {
      ok = !v.empty() && v[0] == layout[0];
      if (ok) v.remove_prefix(1);
      layout.remove_prefix(1);
    }
    if (!ok) return false;
  }
  return v.empty();
}

bool IsLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = FloorDiv(y, 400);
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilTime ToCivil(const Time& t) {
  int64_t secs = t.unix_seconds + t.utc_offset_seconds;
  int64_t days = FloorDiv(secs, 86400);
  int64_t rem = secs - days * 86400;
  CivilTime c;
  c.hour = static_cast<int>(rem / 3600);
  c.minute = static_cast<int>(rem % 3600 / 60);
  c.second = static_cast<int>(rem % 60);
  c.weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  const int64_t z = days + 719468;
  const int64_t era = FloorDiv(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2);
  c.yearday = static_cast<int>(days - DaysFromCivil(c.year, 1, 1) + 1);
  return c;
}

std::optional<Time> ParseHugoTime(std::string_view text, const TimeZone* zone) {
  for (std::string_view layout : kLayouts) {
    Fields f;
    if (!MatchLayout(layout, text, &f)) continue;
    if (f.has_pm) {
      if (f.hour < 1 || f.hour > 12) continue;
      f.hour = f.hour % 12 + (f.pm ? 12 : 0);
    }
    if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > DaysInMonth(f.year, f.month) ||
        f.hour > 23 || f.minute > 59 || f.second > 59) {
      continue;
    }
    int64_t local =
        DaysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60 + f.second;
    if (!f.has_zone && zone != nullptr) return zone->At(zone->LocalToUnix(local), f.nanos);
    int offset = f.has_zone ? f.offset : 0;
    Time t;
    t.unix_seconds = local - offset;
    t.nanos = f.nanos;
    t.utc_offset_seconds = offset;
    t.zone_name = offset == 0 ? "UTC" : "";
    return t;
  }
  return std::nullopt;
}

}  // namespace kiln
