// The methods of Go's time.Time and time.Duration that templates call (.Format, .Year,
// .Add, .Sub, .Round, .Hours, ...), and the time.Duration value itself: an Object holding
// a signed count of nanoseconds that prints the way Go's Duration.String does.
//
// Everything here is a pure function or an immutable object; thread-safe.
#ifndef KILN_TEMPLATE_TIME_METHODS_H_
#define KILN_TEMPLATE_TIME_METHODS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/status.h"
#include "value/value.h"

namespace kiln::tmpl {

// A time.Duration value.
Value DurationValue(int64_t nanos);
// The nanoseconds of a time.Duration value, or nullopt for any other value.
std::optional<int64_t> AsDuration(const Value& v);

// Go's Duration.String: "1h30m0s", "1.5s", "300ms", "0s".
std::string GoDurationString(int64_t nanos);
// Go's time.ParseDuration, with its error messages ("time: invalid duration \"x\"").
StatusOr<int64_t> ParseGoDuration(std::string_view s);

// `t` moved by `nanos` (time.Time.Add), keeping its zone.
Time AddDuration(const Time& t, int64_t nanos);

// Resolves the method or field `name` of a time.Time called with `args`. Returns kNotFound
// for an unknown name and kInvalidArgument for a wrong argument count or type.
StatusOr<Value> TimeMember(const Time& t, std::string_view name, std::span<const Value> args);

// The methods of a time.Month or time.Weekday value (String), kNotFound for other names.
StatusOr<Value> NamedIntMember(const Value& v, std::string_view name, std::span<const Value> args);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_TIME_METHODS_H_
