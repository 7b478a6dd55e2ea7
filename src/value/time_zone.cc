#include "value/time_zone.h"

#include <algorithm>
#include <cctype>

#include "value/time_parse.h"

namespace kiln {

namespace {

constexpr int64_t kSecondsPerDay = 86400;

// Reads the POSIX TZ grammar left to right.
class PosixReader {
 public:
  explicit PosixReader(std::string_view s) : s_(s) {}

  bool AtEnd() const { return pos_ == s_.size(); }
  bool Peek(char c) const { return pos_ < s_.size() && s_[pos_] == c; }
  bool Take(char c) {
    if (!Peek(c)) return false;
    ++pos_;
    return true;
  }

  // A zone name: letters, or anything between '<' and '>'.
  std::optional<std::string> Name() {
    size_t start = pos_;
    if (Take('<')) {
      size_t close = s_.find('>', pos_);
      if (close == std::string_view::npos) return std::nullopt;
      pos_ = close + 1;
      return std::string(s_.substr(start + 1, close - start - 1));
    }
    while (pos_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    if (pos_ - start < 3) return std::nullopt;
    return std::string(s_.substr(start, pos_ - start));
  }

  std::optional<int> Number() {
    size_t start = pos_;
    int n = 0;
    while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) {
      n = n * 10 + (s_[pos_++] - '0');
      if (n > 100000) return std::nullopt;
    }
    if (pos_ == start) return std::nullopt;
    return n;
  }

  // [+-]hh[:mm[:ss]] in seconds.
  std::optional<int32_t> Duration() {
    int sign = 1;
    if (Take('-')) {
      sign = -1;
    } else {
      Take('+');
    }
    auto h = Number();
    if (!h || *h > 167) return std::nullopt;
    int32_t secs = *h * 3600;
    for (int scale : {60, 1}) {
      if (!Take(':')) break;
      auto n = Number();
      if (!n || *n > 59) return std::nullopt;
      secs += *n * scale;
    }
    return sign * secs;
  }

  std::optional<PosixZoneRule::Switch> Rule() {
    using Kind = PosixZoneRule::Switch::Kind;
    PosixZoneRule::Switch sw;
    if (Take('J')) {
      auto d = Number();
      if (!d || *d < 1 || *d > 365) return std::nullopt;
      sw.kind = Kind::kJulianNoLeap;
      sw.day = *d;
    } else if (Take('M')) {
      auto m = Number();
      if (!m || !Take('.')) return std::nullopt;
      auto w = Number();
      if (!w || !Take('.')) return std::nullopt;
      auto d = Number();
      if (!d || *m < 1 || *m > 12 || *w < 1 || *w > 5 || *d > 6) return std::nullopt;
      sw.kind = Kind::kMonthWeekDay;
      sw.month = *m;
      sw.week = *w;
      sw.day = *d;
    } else {
      auto d = Number();
      if (!d || *d > 365) return std::nullopt;
      sw.kind = Kind::kZeroBasedDay;
      sw.day = *d;
    }
    if (Take('/')) {
      auto t = Duration();
      if (!t) return std::nullopt;
      sw.seconds = *t;
    }
    return sw;
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

bool IsLeap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// Days since the epoch of the day `sw` names in `year`.
int64_t SwitchDay(const PosixZoneRule::Switch& sw, int64_t year) {
  using Kind = PosixZoneRule::Switch::Kind;
  int64_t jan1 = DaysFromCivil(year, 1, 1);
  switch (sw.kind) {
    case Kind::kJulianNoLeap:
      // February 29 is never counted.
      return jan1 + sw.day - 1 + (IsLeap(year) && sw.day >= 60 ? 1 : 0);
    case Kind::kZeroBasedDay:
      return jan1 + sw.day;
    case Kind::kMonthWeekDay:
      break;
  }
  int64_t first = DaysFromCivil(year, sw.month, 1);
  int weekday = static_cast<int>(((first + 4) % 7 + 7) % 7);  // 1970-01-01 was a Thursday
  int64_t day = first + (sw.day - weekday + 7) % 7 + 7 * (sw.week - 1);
  int64_t next_month =
      sw.month == 12 ? DaysFromCivil(year + 1, 1, 1) : DaysFromCivil(year, sw.month + 1, 1);
  while (day >= next_month) day -= 7;  // week 5 means the last one
  return day;
}

uint32_t Be32(std::string_view d, size_t at) {
  return (uint32_t{static_cast<uint8_t>(d[at])} << 24) |
         (uint32_t{static_cast<uint8_t>(d[at + 1])} << 16) |
         (uint32_t{static_cast<uint8_t>(d[at + 2])} << 8) |
         uint32_t{static_cast<uint8_t>(d[at + 3])};
}

int64_t Be64(std::string_view d, size_t at) {
  return static_cast<int64_t>((uint64_t{Be32(d, at)} << 32) | Be32(d, at + 4));
}

// The counts of a TZif header, in file order.
struct TzifCounts {
  uint32_t isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt;
  size_t DataSize(size_t time_size) const {
    return timecnt * time_size + timecnt + typecnt * 6 + charcnt + leapcnt * (time_size + 4) +
           isstdcnt + isutcnt;
  }
};

std::optional<TzifCounts> ReadHeader(std::string_view d, size_t at) {
  if (d.size() < at + 44 || d.substr(at, 4) != "TZif") return std::nullopt;
  TzifCounts c;
  uint32_t* fields[] = {&c.isutcnt, &c.isstdcnt, &c.leapcnt, &c.timecnt, &c.typecnt, &c.charcnt};
  for (int i = 0; i < 6; ++i) *fields[i] = Be32(d, at + 20 + 4 * i);
  return c;
}

}  // namespace

std::optional<PosixZoneRule> PosixZoneRule::Parse(std::string_view text) {
  PosixReader r(text);
  PosixZoneRule rule;
  auto std_name = r.Name();
  if (!std_name) return std::nullopt;
  auto std_off = r.Duration();
  if (!std_off) return std::nullopt;
  rule.standard = {-*std_off, *std_name, false};
  if (r.AtEnd()) return rule;
  auto dst_name = r.Name();
  if (!dst_name) return std::nullopt;
  ZoneOffset dst{rule.standard.utc_offset_seconds + 3600, *dst_name, true};
  if (!r.Peek(',') && !r.AtEnd()) {
    auto dst_off = r.Duration();
    if (!dst_off) return std::nullopt;
    dst.utc_offset_seconds = -*dst_off;
  }
  rule.daylight = dst;
  if (r.AtEnd()) {
    // The rule POSIX leaves to the implementation; the United States' one, as Go uses.
    rule.start = {Switch::Kind::kMonthWeekDay, 0, 3, 2, 7200};
    rule.end = {Switch::Kind::kMonthWeekDay, 0, 11, 1, 7200};
    return rule;
  }
  if (!r.Take(',')) return std::nullopt;
  auto start = r.Rule();
  if (!start || !r.Take(',')) return std::nullopt;
  auto end = r.Rule();
  if (!end || !r.AtEnd()) return std::nullopt;
  rule.start = *start;
  rule.end = *end;
  return rule;
}

ZoneOffset PosixZoneRule::Lookup(int64_t unix_seconds) const {
  if (!daylight) return standard;
  int64_t local_days = unix_seconds + standard.utc_offset_seconds;
  local_days = local_days >= 0 ? local_days / kSecondsPerDay
                               : -((-local_days + kSecondsPerDay - 1) / kSecondsPerDay);
  Time probe;
  probe.unix_seconds = local_days * kSecondsPerDay;
  int64_t year = ToCivil(probe).year;
  // Each switch happens at a local time of the offset in force before it.
  int64_t dst_start =
      SwitchDay(start, year) * kSecondsPerDay + start.seconds - standard.utc_offset_seconds;
  int64_t dst_end =
      SwitchDay(end, year) * kSecondsPerDay + end.seconds - daylight->utc_offset_seconds;
  bool in_dst = dst_start < dst_end ? unix_seconds >= dst_start && unix_seconds < dst_end
                                    : !(unix_seconds >= dst_end && unix_seconds < dst_start);
  return in_dst ? *daylight : standard;
}

StatusOr<TimeZone> TimeZone::FromTzif(std::string name, std::string_view d) {
  auto bad = [&name](std::string_view why) {
    return InvalidArgumentError("time zone " + name + ": " + std::string(why));
  };
  auto v1 = ReadHeader(d, 0);
  if (!v1) return bad("not a TZif file");
  size_t at = 44;
  size_t time_size = 4;
  TzifCounts c = *v1;
  if (d[4] >= '2') {
    // Version 2+ repeats the data with 64-bit times after the version 1 block.
    auto v2 = ReadHeader(d, at + v1->DataSize(4));
    if (!v2) return bad("truncated TZif file");
    at += v1->DataSize(4) + 44;
    time_size = 8;
    c = *v2;
  }
  if (d.size() < at + c.DataSize(time_size) || c.typecnt == 0) return bad("truncated TZif file");
  TimeZone tz;
  tz.name_ = std::move(name);
  for (uint32_t i = 0; i < c.timecnt; ++i) {
    tz.transitions_.push_back(time_size == 8 ? Be64(d, at + 8 * i)
                                             : static_cast<int32_t>(Be32(d, at + 4 * i)));
  }
  at += c.timecnt * time_size;
  for (uint32_t i = 0; i < c.timecnt; ++i) {
    uint8_t type = static_cast<uint8_t>(d[at + i]);
    if (type >= c.typecnt) return bad("transition to an unknown type");
    tz.transition_type_.push_back(type);
  }
  at += c.timecnt;
  std::string_view chars = d.substr(at + c.typecnt * 6, c.charcnt);
  for (uint32_t i = 0; i < c.typecnt; ++i) {
    size_t p = at + 6 * i;
    uint8_t abbr_at = static_cast<uint8_t>(d[p + 5]);
    if (abbr_at >= chars.size()) return bad("abbreviation out of range");
    std::string_view abbr = chars.substr(abbr_at);
    abbr = abbr.substr(0, abbr.find('\0'));
    tz.types_.push_back({static_cast<int32_t>(Be32(d, p)), std::string(abbr), d[p + 4] != 0});
  }
  at += c.DataSize(time_size) - c.timecnt * (time_size + 1);
  // Before the first transition: the first type unless transitions use it, else the
  // first standard-time type.
  bool first_used = std::find(tz.transition_type_.begin(), tz.transition_type_.end(), 0) !=
                    tz.transition_type_.end();
  if (first_used) {
    for (size_t i = 0; i < tz.types_.size(); ++i) {
      if (!tz.types_[i].is_dst) {
        tz.initial_type_ = i;
        break;
      }
    }
  }
  if (time_size == 8 && at < d.size() && d[at] == '\n') {
    size_t close = d.find('\n', at + 1);
    if (close == std::string_view::npos) return bad("unterminated footer");
    std::string_view footer = d.substr(at + 1, close - at - 1);
    if (!footer.empty()) {
      tz.rule_ = PosixZoneRule::Parse(footer);
      if (!tz.rule_) return bad("malformed footer rule \"" + std::string(footer) + "\"");
    }
  }
  return tz;
}

TimeZone TimeZone::Utc() {
  TimeZone tz;
  tz.name_ = "UTC";
  tz.types_.push_back({0, "UTC", false});
  return tz;
}

ZoneOffset TimeZone::Lookup(int64_t unix_seconds) const {
  if (transitions_.empty() || unix_seconds < transitions_.front()) {
    if (transitions_.empty() && rule_) return rule_->Lookup(unix_seconds);
    return types_[initial_type_];
  }
  if (rule_ && unix_seconds >= transitions_.back()) return rule_->Lookup(unix_seconds);
  size_t i = std::upper_bound(transitions_.begin(), transitions_.end(), unix_seconds) -
             transitions_.begin() - 1;
  return types_[transition_type_[i]];
}

int64_t TimeZone::LocalToUnix(int64_t local_seconds) const {
  // The offset at the wall time read as UTC is right unless a transition lies between
  // the two readings; then the offset at the corrected instant decides.
  int32_t guess = Lookup(local_seconds).utc_offset_seconds;
  return local_seconds - Lookup(local_seconds - guess).utc_offset_seconds;
}

Time TimeZone::At(int64_t unix_seconds, int32_t nanos) const {
  ZoneOffset off = Lookup(unix_seconds);
  Time t;
  t.unix_seconds = unix_seconds;
  t.nanos = nanos;
  t.utc_offset_seconds = off.utc_offset_seconds;
  t.zone_name = std::move(off.abbreviation);
  return t;
}

StatusOr<TimeZone> LoadTimeZone(const FileSystem& fs, const std::string& zoneinfo_dir,
                                const std::string& name) {
  if (name.empty() || name == "UTC") return TimeZone::Utc();
  // Names are paths below the database; refuse anything that could leave it.
  if (name.front() == '/' || name.find("..") != std::string::npos) {
    return NotFoundError("unknown time zone " + name);
  }
  auto data = fs.ReadFile(zoneinfo_dir + "/" + name);
  if (!data.ok()) return NotFoundError("unknown time zone " + name);
  return TimeZone::FromTzif(name, *data);
}

}  // namespace kiln
