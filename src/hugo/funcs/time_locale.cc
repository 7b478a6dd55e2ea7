#include "hugo/funcs/time_locale.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "base/strings.h"
#include "value/time_format.h"
#include "value/time_parse.h"

namespace kiln::funcs {
namespace {

constexpr TimeLocale kLocales[] = {
#include "hugo/funcs/time_locales.inc"
};

constexpr std::string_view kNamed[] = {":date_full", ":date_long", ":date_medium", ":date_short",
                                       ":time_full", ":time_long", ":time_medium", ":time_short"};

void AppendPadded(std::string* out, int64_t v, bool pad) {
  char buf[24];
  std::snprintf(buf, sizeof buf, pad ? "%02lld" : "%lld", static_cast<long long>(v));
  out->append(buf);
}

// Expands a pattern's placeholders for `t`. The 12-hour clock runs 0–12, as hugo's
// locale library prints it ("0:00 am" at midnight).
std::string Expand(const Time& t, std::string_view pattern, const TimeLocale& l) {
  CivilTime c = ToCivil(t);
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t open = pattern.find('{', i);
    size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) {
      out.append(pattern.substr(i));
      break;
    }
    out.append(pattern.substr(i, open - i));
    std::string_view key = pattern.substr(open + 1, close - open - 1);
    i = close + 1;
    const int hour12 = c.hour > 12 ? c.hour - 12 : c.hour;
    if (key == "yyyy")
      AppendPadded(&out, c.year, false);
    else if (key == "yy")
      AppendPadded(&out, c.year % 100, true);
    else if (key == "MMMM")
      out += l.names.months[c.month - 1];
    else if (key == "MMM")
      out += l.short_months[c.month - 1];
    else if (key == "MM" || key == "M")
      AppendPadded(&out, c.month, key == "MM");
    else if (key == "dd" || key == "d")
      AppendPadded(&out, c.day, key == "dd");
    else if (key == "EEEE")
      out += l.names.weekdays[c.weekday];
    else if (key == "HH" || key == "H")
      AppendPadded(&out, c.hour, key == "HH");
    else if (key == "hh" || key == "h")
      AppendPadded(&out, hour12, key == "hh");
    else if (key == "mm" || key == "m")
      AppendPadded(&out, c.minute, key == "mm");
    else if (key == "ss" || key == "s")
      AppendPadded(&out, c.second, key == "ss");
    else if (key == "a")
      out += c.hour < 12 ? l.am : l.pm;
    else if (key == "z")
      out += t.zone_name;
  }
  return out;
}

const TimeLocale* Find(std::string_view lang) {
  // hugo's locale library takes a key in any case, with '-' or '_' before the region.
  std::string key = AsciiLower(lang);
  std::replace(key.begin(), key.end(), '_', '-');
  for (const TimeLocale& l : kLocales) {
    if (key == l.key) return &l;
  }
  return nullptr;
}

// Replaces every `from` in `s` by `to`.
void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

// Replaces the English `long_name` by `wide`, or else `short_name` by `abbreviated`.
void Localise(std::string* s, std::string_view long_name, const char* wide,
              std::string_view short_name, const char* abbreviated) {
  ReplaceAll(s, long_name, wide);
  if (s->find(wide) == std::string::npos) ReplaceAll(s, short_name, abbreviated);
}

}  // namespace

const TimeLocale& FindTimeLocale(std::string_view lang, std::string_view default_lang) {
  if (const TimeLocale* l = Find(lang)) return *l;
  if (const TimeLocale* l = Find(default_lang)) return *l;
  return *Find("en");
}

std::string FormatLocalTime(const Time& t, std::string_view layout, const TimeLocale& locale) {
  const std::string lower = AsciiLower(layout);
  auto it = std::find(std::begin(kNamed), std::end(kNamed), lower);
  if (it != std::end(kNamed)) return Expand(t, locale.named[it - std::begin(kNamed)], locale);
  std::string s = FormatGoTime(t, layout);
  CivilTime c = ToCivil(t);
  const std::string month = GoMonthString(c.month), day = GoWeekdayString(c.weekday);
  Localise(&s, month, locale.names.months[c.month - 1], std::string_view(month).substr(0, 3),
           locale.abbreviated_months[c.month - 1]);
  Localise(&s, day, locale.names.weekdays[c.weekday], std::string_view(day).substr(0, 3),
           locale.abbreviated_weekdays[c.weekday]);
  return s;
}

}  // namespace kiln::funcs
