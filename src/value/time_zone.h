// An IANA time zone read from a TZif file (RFC 8536) of the system zoneinfo database:
// its recorded transitions and the POSIX TZ rule of its footer, which governs instants
// after the last transition. A TimeZone is an immutable value; thread-safe to share.
#ifndef KILN_VALUE_TIME_ZONE_H_
#define KILN_VALUE_TIME_ZONE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "value/value.h"

namespace kiln {

// The offset and abbreviation in force at an instant.
struct ZoneOffset {
  int32_t utc_offset_seconds = 0;  // east of UTC
  std::string abbreviation;        // "CET", "EDT", "+03"
  bool is_dst = false;

  bool operator==(const ZoneOffset&) const = default;
};

// A POSIX TZ string such as "CET-1CEST,M3.5.0,M10.5.0/3" (std zone, optional DST zone
// and the yearly rule that switches between them).
struct PosixZoneRule {
  // One end of the DST period: a day of the year and a local time of day.
  struct Switch {
    enum class Kind { kJulianNoLeap, kZeroBasedDay, kMonthWeekDay } kind = Kind::kMonthWeekDay;
    int day = 0;  // Jn: 1-365; n: 0-365; Mm.w.d: d (0 = Sunday)
    int month = 0, week = 0;
    int32_t seconds = 7200;  // local time of day of the switch
  };
  ZoneOffset standard;
  std::optional<ZoneOffset> daylight;
  Switch start, end;

  // Nullopt when `text` is not a POSIX TZ string.
  static std::optional<PosixZoneRule> Parse(std::string_view text);
  ZoneOffset Lookup(int64_t unix_seconds) const;
};

class TimeZone {
 public:
  // Parses the TZif `data` of the zone `name`.
  static StatusOr<TimeZone> FromTzif(std::string name, std::string_view data);
  static TimeZone Utc();

  const std::string& name() const { return name_; }

  // The offset in force at `unix_seconds`.
  ZoneOffset Lookup(int64_t unix_seconds) const;

  // The instant whose wall clock in this zone reads `local_seconds` (seconds since
  // 1970-01-01 00:00 of the local calendar). Wall times skipped or repeated by a
  // transition resolve as Go's time.Date does: by the offset in force at the wall time read
  // as UTC, unless that instant and the corrected one lie on two sides of a transition.
  int64_t LocalToUnix(int64_t local_seconds) const;

  // `unix_seconds` as a Time shown in this zone.
  Time At(int64_t unix_seconds, int32_t nanos = 0) const;

 private:
  std::string name_;
  std::vector<int64_t> transitions_;      // ascending instants
  std::vector<uint8_t> transition_type_;  // index into types_ per transition
  std::vector<ZoneOffset> types_;
  size_t initial_type_ = 0;  // in force before the first transition
  std::optional<PosixZoneRule> rule_;
};

// Loads the zone `name` ("Europe/Oslo") from `zoneinfo_dir`. "UTC" and "" are always
// known. The error names the zone; callers add where the name came from.
StatusOr<TimeZone> LoadTimeZone(const FileSystem& fs, const std::string& zoneinfo_dir,
                                const std::string& name);

inline constexpr std::string_view kSystemZoneinfoDir = "/usr/share/zoneinfo";

}  // namespace kiln

#endif  // KILN_VALUE_TIME_ZONE_H_
