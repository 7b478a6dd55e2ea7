// The time namespace: time.AsTime (also `time` called with arguments), time.Format
// (dateFormat) with Go layouts and the named layouts (":date_long", ...) in the site
// language (time_locale.h), time.Now (now), time.Duration (duration) and
// time.ParseDuration. The methods of the values they return live in template/time_methods.
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>

#include "base/clock.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"
#include "hugo/funcs/time_locale.h"
#include "template/time_methods.h"
#include "value/time_format.h"
#include "value/time_parse.h"
#include "value/time_zone.h"

namespace kiln::funcs {

namespace {

constexpr int64_t kSecond = 1'000'000'000;

// cast.ToTime as Hugo applies it: times pass through, strings are parsed with the front
// matter layouts (zone-less ones as wall times in `zone`), integers are Unix seconds.
StatusOr<Time> ToTime(const Value& v, const TimeZone& zone) {
  switch (v.kind()) {
    case ValueKind::kTime:
      return v.AsTime();
    case ValueKind::kString:
      if (auto t = ParseHugoTime(v.AsString(), &zone)) return *t;
      return InvalidArgumentError("unable to parse date: " + v.AsString());
    case ValueKind::kInt: {
      Time t;
      t.unix_seconds = v.AsInt();
      return t;
    }
    default:
      return CastError(v, "Time");
  }
}

// The zone time.AsTime's optional location argument names, else the site's. Builds run
// in UTC, so "Local" is UTC too.
StatusOr<TimeZone> Location(Args a, const TimeZone& site_zone) {
  if (a.size() < 2) return site_zone;
  ASSIGN_OR_RETURN(std::string loc, ToString(a[1]));
  if (loc == "Local") return TimeZone::Utc();
  RealFileSystem system;
  return LoadTimeZone(system, std::string(kSystemZoneinfoDir), loc);
}

StatusOr<int64_t> UnitNanos(const std::string& unit) {
  struct Unit {
    std::string_view names[2];
    int64_t nanos;
  };
  static constexpr Unit kUnits[] = {
      {{"nanosecond", "ns"}, 1},           {{"microsecond", "us"}, 1'000},
      {{"\xc2\xb5s", "\xc2\xb5s"}, 1'000}, {{"millisecond", "ms"}, 1'000'000},
      {{"second", "s"}, kSecond},          {{"minute", "m"}, 60 * kSecond},
      {{"hour", "h"}, 3600 * kSecond}};
  for (const Unit& u : kUnits) {
    if (u.names[0] == unit || u.names[1] == unit) return u.nanos;
  }
  return InvalidArgumentError("\"" + unit + "\" is not a valid duration unit");
}

}  // namespace

void RegisterTimeFuncs(FuncMap* funcs, std::shared_ptr<const Clock> clock, TimeZone zone,
                       std::string_view lang, std::string_view default_lang) {
  Namespace ns("time");
  auto site_zone = std::make_shared<const TimeZone>(std::move(zone));
  Fn as_time = [site_zone](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(TimeZone zone, Location(a, *site_zone));
    ASSIGN_OR_RETURN(Time t, ToTime(a[0], zone));
    return Value::FromTime(std::move(t));
  };
  ns.Add("AsTime", {ParamKind::kAny}, true, as_time);
  ns.Add("Format", {ParamKind::kString, ParamKind::kAny}, false,
         [site_zone, locale = &FindTimeLocale(lang, default_lang)](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(Time t, ToTime(a[1], *site_zone));
           return Value::String(FormatLocalTime(t, a[0].AsString(), *locale));
         },
         {"dateFormat"});
  ns.Add("Now", {}, false,
         [clock](Args) -> StatusOr<Value> {
           int64_t now = clock->NowUnixNanos();
           Time t;
           t.unix_seconds = now / kSecond;
           t.nanos = static_cast<int32_t>(now % kSecond);
           return Value::FromTime(std::move(t));
         },
         {"now"});
  ns.Add("Duration", {ParamKind::kAny, ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string unit, ToString(a[0]));
           ASSIGN_OR_RETURN(int64_t unit_nanos, UnitNanos(unit));
           ASSIGN_OR_RETURN(int64_t n, ToInt(a[1]));
           return tmpl::DurationValue(n * unit_nanos);
         },
         {"duration"});
  ns.Add("ParseDuration", {ParamKind::kAny}, false, [](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
    ASSIGN_OR_RETURN(int64_t d, tmpl::ParseGoDuration(s));
    return tmpl::DurationValue(d);
  });
  ns.Install(funcs);

  // `time` with arguments is time.AsTime; without, the namespace.
  tmpl::Function time_fn = *funcs->Find("time");
  tmpl::Function f;
  f.variadic = true;
  f.impl = [ns_fn = time_fn.impl, as_time](const tmpl::CallContext& ctx,
                                           Args a) -> StatusOr<Value> {
    if (a.empty()) return ns_fn(ctx, a);
    return as_time(a);
  };
  funcs->Register("time", std::move(f));
}

}  // namespace kiln::funcs
