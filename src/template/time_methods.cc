#include "template/time_methods.h"

#include <cmath>
#include <limits>

#include "value/go_format.h"
#include "value/time_format.h"
#include "value/time_parse.h"

namespace kiln::tmpl {

namespace {

constexpr int64_t kSecond = 1'000'000'000;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kHour = 60 * kMinute;
// Seconds from Go's zero time (January 1, year 1, UTC) to the Unix epoch: Round and
// Truncate measure from the zero time, which matters for durations that do not divide a day.
constexpr int64_t kZeroToUnix = 62135596800;

class DurationObject final : public Object {
 public:
  explicit DurationObject(int64_t nanos) : nanos_(nanos) {}
  int64_t nanos() const { return nanos_; }
  std::string_view TypeName() const override { return "time.Duration"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

 private:
  int64_t nanos_;
};

Status WantArgs(std::string_view name, std::span<const Value> args, size_t n) {
  if (args.size() == n) return Status::Ok();
  return InvalidArgumentError("wrong number of args for " + std::string(name) + ": want " +
                              std::to_string(n) + " got " + std::to_string(args.size()));
}

Status WrongType(const Value& got, std::string_view want) {
  return InvalidArgumentError("wrong type for value; expected " + std::string(want) + "; got " +
                              GoTypeName(got));
}

// The Duration argument of a method; Go's templates convert untyped integer constants too.
StatusOr<int64_t> DurationArg(std::string_view name, std::span<const Value> args) {
  RETURN_IF_ERROR(WantArgs(name, args, 1));
  if (auto d = AsDuration(args[0])) return *d;
  if (args[0].kind() == ValueKind::kInt) return args[0].AsInt();
  return WrongType(args[0], "time.Duration");
}

// d/unit as Go's Duration.Hours, Minutes and Seconds compute it (whole part exact).
double FloatIn(int64_t d, int64_t unit) {
  return static_cast<double>(d / unit) + static_cast<double>(d % unit) / static_cast<double>(unit);
}

int64_t RoundDuration(int64_t d, int64_t m) {
  if (m <= 0) return d;
  int64_t r = d % m;
  if (d < 0) {
    r = -r;
    if (r + r < m) return d + r;
    if (int64_t d1 = d - m + r; d1 < d) return d1;
    return std::numeric_limits<int64_t>::min();
  }
  if (r + r < m) return d - r;
  if (int64_t d1 = d + m - r; d1 > d) return d1;
  return std::numeric_limits<int64_t>::max();
}

StatusOr<Value> DurationObject::Member(std::string_view name, std::span<const Value> args) const {
  if (name == "Round" || name == "Truncate") {
    ASSIGN_OR_RETURN(int64_t m, DurationArg(name, args));
    if (name == "Round") return DurationValue(RoundDuration(nanos_, m));
    return DurationValue(m <= 0 ? nanos_ : nanos_ - nanos_ % m);
  }
  RETURN_IF_ERROR(WantArgs(name, args, 0));
  if (name == "String") return Value::String(GoDurationString(nanos_));
  if (name == "Hours") return Value::Float(FloatIn(nanos_, kHour));
  if (name == "Minutes") return Value::Float(FloatIn(nanos_, kMinute));
  if (name == "Seconds") return Value::Float(FloatIn(nanos_, kSecond));
  if (name == "Milliseconds") return Value::Int(nanos_ / 1'000'000);
  if (name == "Microseconds") return Value::Int(nanos_ / 1'000);
  if (name == "Nanoseconds") return Value::Int(nanos_);
  if (name == "Abs") {
    if (nanos_ >= 0) return DurationValue(nanos_);
    if (nanos_ == std::numeric_limits<int64_t>::min()) {
      return DurationValue(std::numeric_limits<int64_t>::max());
    }
    return DurationValue(-nanos_);
  }
  return NotFoundError(std::string(name));
}

// Appends the fraction v % 10^prec without trailing zeros (and its '.' if any digit is
// left), returning v / 10^prec; digits are written backwards into buf ending at *w.
uint64_t FormatFrac(char* buf, int* w, uint64_t v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; ++i) {
    int digit = static_cast<int>(v % 10);
    print = print || digit != 0;
    if (print) buf[--*w] = static_cast<char>('0' + digit);
    v /= 10;
  }
  if (print) buf[--*w] = '.';
  return v;
}

void FormatInt(char* buf, int* w, uint64_t v) {
  if (v == 0) {
    buf[--*w] = '0';
    return;
  }
  while (v > 0) {
    buf[--*w] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
}

// The nanoseconds since Go's zero time, wide enough for any Time.
__int128 AbsoluteNanos(const Time& t) {
  return (static_cast<__int128>(t.unix_seconds) + kZeroToUnix) * kSecond + t.nanos;
}

Time InZone(const Time& t, int offset, std::string zone) {
  Time r = t;
  r.utc_offset_seconds = offset;
  r.zone_name = std::move(zone);
  return r;
}

// Go's Time.AddDate: the civil date moved by years, months and days, then normalised
// (January 31 plus one month is March 2 or 3), at the same clock time in the same zone.
Time AddDate(const Time& t, int64_t years, int64_t months, int64_t days) {
  CivilTime c = ToCivil(t);
  int64_t month0 = c.month - 1 + months;
  int64_t year = c.year + years + (month0 >= 0 ? month0 / 12 : -((11 - month0) / 12));
  month0 -= (month0 >= 0 ? month0 / 12 : -((11 - month0) / 12)) * 12;
  int64_t day = DaysFromCivil(year, static_cast<int>(month0) + 1, 1) + c.day - 1 + days;
  int64_t local = day * 86400 + c.hour * 3600 + c.minute * 60 + c.second;
  Time r = t;
  r.unix_seconds = local - t.utc_offset_seconds;
  return r;
}

StatusOr<Time> TimeArg(std::string_view name, std::span<const Value> args) {
  RETURN_IF_ERROR(WantArgs(name, args, 1));
  if (args[0].kind() != ValueKind::kTime) return WrongType(args[0], "time.Time");
  return args[0].AsTime();
}

}  // namespace

Value DurationValue(int64_t nanos) {
  return Value::FromObject(std::make_shared<const DurationObject>(nanos));
}

std::optional<int64_t> AsDuration(const Value& v) {
  if (v.kind() != ValueKind::kObject) return std::nullopt;
  const auto* d = dynamic_cast<const DurationObject*>(&v.AsObject());
  if (!d) return std::nullopt;
  return d->nanos();
}

std::string GoDurationString(int64_t nanos) {
  char buf[32];
  int w = sizeof buf;
  bool neg = nanos < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(nanos) : static_cast<uint64_t>(nanos);
  if (u < static_cast<uint64_t>(kSecond)) {
    if (u == 0) return "0s";
    int prec = 0;
    buf[--w] = 's';
    if (u < 1000) {
      buf[--w] = 'n';
    } else if (u < 1'000'000) {
      prec = 3;
      w -= 2;  // "µ" is two bytes in UTF-8
      buf[w] = '\xc2';
      buf[w + 1] = '\xb5';
    } else {
      prec = 6;
      buf[--w] = 'm';
    }
    u = FormatFrac(buf, &w, u, prec);
    FormatInt(buf, &w, u);
  } else {
    buf[--w] = 's';
    u = FormatFrac(buf, &w, u, 9);
    FormatInt(buf, &w, u % 60);
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      FormatInt(buf, &w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        FormatInt(buf, &w, u);
      }
    }
  }
  if (neg) buf[--w] = '-';
  return std::string(buf + w, sizeof buf - w);
}

StatusOr<int64_t> ParseGoDuration(std::string_view s) {
  std::string quoted;
  AppendGoQuote(&quoted, s);
  auto invalid = [&] { return InvalidArgumentError("time: invalid duration " + quoted); };
  std::string_view rest = s;
  bool neg = false;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) {
    neg = rest[0] == '-';
    rest.remove_prefix(1);
  }
  if (rest == "0") return 0;
  if (rest.empty()) return invalid();
  struct Unit {
    std::string_view name;
    int64_t nanos;
  };
  static constexpr Unit kUnits[] = {
      {"ns", 1},         {"us", 1'000},  {"\xc2\xb5s", 1'000}, {"\xce\xbcs", 1'000},
      {"ms", 1'000'000}, {"s", kSecond}, {"m", kMinute},       {"h", kHour}};
  long double total = 0;
  while (!rest.empty()) {
    if (!(rest[0] == '.' || (rest[0] >= '0' && rest[0] <= '9'))) return invalid();
    size_t i = 0;
    bool digits = false;
    while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') digits = true, ++i;
    std::string number(rest.substr(0, i));
    if (i < rest.size() && rest[i] == '.') {
      ++i;
      size_t frac_start = i;
      while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') ++i;
      digits = digits || i > frac_start;
      number += "." + std::string(rest.substr(frac_start, i - frac_start));
    }
    if (!digits) return invalid();
    size_t u = i;
    while (u < rest.size() && rest[u] != '.' && !(rest[u] >= '0' && rest[u] <= '9')) ++u;
    std::string_view unit = rest.substr(i, u - i);
    if (unit.empty()) return InvalidArgumentError("time: missing unit in duration " + quoted);
    const Unit* found = nullptr;
    for (const Unit& k : kUnits) {
      if (k.name == unit) found = &k;
    }
    if (!found) {
      std::string q;
      AppendGoQuote(&q, unit);
      return InvalidArgumentError("time: unknown unit " + q + " in duration " + quoted);
    }
    total += std::strtold(number.c_str(), nullptr) * found->nanos;
    if (total > static_cast<long double>(std::numeric_limits<int64_t>::max())) return invalid();
    rest.remove_prefix(u);
  }
  int64_t n = static_cast<int64_t>(std::llroundl(std::floor(total)));
  return neg ? -n : n;
}

Time AddDuration(const Time& t, int64_t nanos) {
  Time r = t;
  int64_t total = static_cast<int64_t>(t.nanos) + nanos % kSecond;
  r.unix_seconds = t.unix_seconds + nanos / kSecond + total / kSecond;
  total %= kSecond;
  if (total < 0) {
    total += kSecond;
    --r.unix_seconds;
  }
  r.nanos = static_cast<int32_t>(total);
  return r;
}

StatusOr<Value> TimeMember(const Time& t, std::string_view name, std::span<const Value> args) {
  if (name == "Format") {
    RETURN_IF_ERROR(WantArgs(name, args, 1));
    if (!args[0].is_string()) return WrongType(args[0], "string");
    return Value::String(FormatGoTime(t, args[0].AsString()));
  }
  if (name == "Before" || name == "After" || name == "Equal") {
    ASSIGN_OR_RETURN(Time o, TimeArg(name, args));
    return Value::Bool(name == "Before" ? t < o : name == "After" ? t > o : t == o);
  }
  if (name == "Sub") {
    ASSIGN_OR_RETURN(Time o, TimeArg(name, args));
    __int128 d = AbsoluteNanos(t) - AbsoluteNanos(o);
    d = std::clamp<__int128>(d, std::numeric_limits<int64_t>::min(),
                             std::numeric_limits<int64_t>::max());
    return DurationValue(static_cast<int64_t>(d));
  }
  if (name == "Add" || name == "Truncate" || name == "Round") {
    ASSIGN_OR_RETURN(int64_t d, DurationArg(name, args));
    if (name == "Add") return Value::FromTime(AddDuration(t, d));
    if (d <= 0) return Value::FromTime(t);
    int64_t r = static_cast<int64_t>(AbsoluteNanos(t) % d);
    if (name == "Truncate" || r + r < d) return Value::FromTime(AddDuration(t, -r));
    return Value::FromTime(AddDuration(t, d - r));
  }
  if (name == "AddDate") {
    RETURN_IF_ERROR(WantArgs(name, args, 3));
    for (const Value& a : args) {
      if (a.kind() != ValueKind::kInt) return WrongType(a, "int");
    }
    return Value::FromTime(AddDate(t, args[0].AsInt(), args[1].AsInt(), args[2].AsInt()));
  }
  RETURN_IF_ERROR(WantArgs(name, args, 0));
  CivilTime c = ToCivil(t);
  struct IntMember {
    std::string_view name;
    int64_t value;
  };
  const IntMember ints[] = {{"Year", c.year},
                            {"Day", c.day},
                            {"Hour", c.hour},
                            {"Minute", c.minute},
                            {"Second", c.second},
                            {"Nanosecond", t.nanos},
                            {"YearDay", c.yearday},
                            {"Unix", t.unix_seconds},
                            {"UnixMilli", t.unix_seconds * 1000 + t.nanos / 1'000'000},
                            {"UnixMicro", t.unix_seconds * 1'000'000 + t.nanos / 1000},
                            {"UnixNano", t.unix_seconds * kSecond + t.nanos}};
  for (const IntMember& m : ints) {
    // The Unix family returns int64, the calendar fields int.
    if (m.name == name) {
      return Value::Int(m.value, name.starts_with("Unix") ? IntType::kInt64 : IntType::kInt);
    }
  }
  if (name == "Month") return Value::Int(c.month, IntType::kMonth);
  if (name == "Weekday") return Value::Int(c.weekday, IntType::kWeekday);
  if (name == "IsZero") return Value::Bool(t.IsZero());
  if (name == "String") return Value::String(GoTimeString(t));
  // Builds run in UTC, so Local is UTC too.
  if (name == "UTC" || name == "Local") return Value::FromTime(InZone(t, 0, "UTC"));
  return NotFoundError(std::string(name));
}

StatusOr<Value> NamedIntMember(const Value& v, std::string_view name, std::span<const Value> args) {
  if (name != "String") return NotFoundError(std::string(name));
  RETURN_IF_ERROR(WantArgs(name, args, 0));
  return Value::String(GoValueString(v));
}

}  // namespace kiln::tmpl
