#include "config/config_printer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace kiln {

namespace {

// Go's %v of a float64: the shortest digits that round-trip, in exponent form when the
// decimal exponent is below -4 or at least 6.
void AppendFloat(std::string& out, double d) {
  if (std::isnan(d)) {
    out += "NaN";
    return;
  }
  if (std::isinf(d)) {
    out += d > 0 ? "+Inf" : "-Inf";
    return;
  }
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  const std::string sci(buf, end);
  const size_t e = sci.find('e');
  const int exponent = std::stoi(sci.substr(e + 1));
  if (exponent < -4 || exponent >= 6) {
    const int magnitude = exponent < 0 ? -exponent : exponent;
    out += sci.substr(0, e) + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") +
           std::to_string(magnitude);
    return;
  }
  auto [fend, fec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
  out.append(buf, fend);
}

// Days since 1970-01-01 → (year, month, day), proleptic Gregorian.
void CivilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
}

// Go's Time.String(): "2006-01-02 15:04:05.999999999 -0700 MST".
void AppendTime(std::string& out, const Time& t) {
  const int64_t local = t.unix_seconds + t.utc_offset_seconds;
  int64_t days = local / 86400;
  int64_t secs = local % 86400;
  if (secs < 0) {
    secs += 86400;
    --days;
  }
  int64_t year;
  unsigned month, day;
  CivilFromDays(days, year, month, day);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02lld:%02lld:%02lld",
                static_cast<long long>(year), month, day, static_cast<long long>(secs / 3600),
                static_cast<long long>(secs / 60 % 60), static_cast<long long>(secs % 60));
  out += buf;
  if (t.nanos != 0) {
    std::snprintf(buf, sizeof buf, ".%09d", t.nanos);
    std::string frac = buf;
    while (frac.back() == '0') frac.pop_back();
    out += frac;
  }
  const int offset = t.utc_offset_seconds;
  const int abs_offset = offset < 0 ? -offset : offset;
  std::snprintf(buf, sizeof buf, " %c%02d%02d", offset < 0 ? '-' : '+', abs_offset / 3600,
                abs_offset / 60 % 60);
  out += buf;
  out += ' ';
  out += t.zone_name.empty() ? std::string(buf + 1) : t.zone_name;
}

void AppendValue(std::string& out, const Value& v) {
  switch (v.kind()) {
    case ValueKind::kNull:
      out += "<nil>";
      return;
    case ValueKind::kBool:
      out += v.AsBool() ? "true" : "false";
      return;
    case ValueKind::kInt:
      out += std::to_string(v.AsInt());
      return;
    case ValueKind::kFloat:
      AppendFloat(out, v.AsFloat());
      return;
    case ValueKind::kString:
      out += v.AsString();
      return;
    case ValueKind::kTime:
      AppendTime(out, v.AsTime());
      return;
    case ValueKind::kList: {
      out += '[';
      bool first = true;
      for (const Value& item : v.AsList()) {
        if (!first) out += ' ';
        first = false;
        AppendValue(out, item);
      }
      out += ']';
      return;
    }
    case ValueKind::kMap: {
      out += "map[";
      bool first = true;
      for (const auto& [key, item] : v.AsMap()) {
        if (!first) out += ' ';
        first = false;
        out += key;
        out += ':';
        AppendValue(out, item);
      }
      out += ']';
      return;
    }
    case ValueKind::kObject:
      out += "<object>";
      return;
  }
}

}  // namespace

std::string GoConfigValueString(const Value& v) {
  std::string out;
  AppendValue(out, v);
  return out;
}

std::string PrintConfig(const SiteConfig& config) {
  std::string out;
  for (const auto& [key, value] : config.printable().AsMap()) {
    out += key;
    out += config.config_format == DataFormat::kToml ? " = " : ": ";
    // Strings are put in quotes as they are, without escaping, as hugo does.
    if (value.is_string()) out += '"';
    AppendValue(out, value);
    if (value.is_string()) out += '"';
    out += '\n';
  }
  return out;
}

}  // namespace kiln
