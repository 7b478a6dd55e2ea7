// TimeLocale: how hugo 0.111 prints dates for a language key (the site language's `lang`,
// not its languageCode): long month and weekday names for time.Format/dateFormat layouts,
// and the CLDR layouts ":date_full" … ":time_short". The table is generated from hugo's
// own output (tools/funcs/gen_time_locales.py); for a key it does not list, hugo (and kiln)
// use the defaultContentLanguage's locale, else English. A regional key ("pt-br", "de_AT")
// has its own locale when hugo's library knows it; an unknown region does not fall back to
// its language.
//
// Locales are static, immutable data; safe to share between threads.
#ifndef KILN_HUGO_FUNCS_TIME_LOCALE_H_
#define KILN_HUGO_FUNCS_TIME_LOCALE_H_

#include <string>
#include <string_view>

#include "value/value.h"

namespace kiln::funcs {

struct TimeLocale {
  const char* key;
  struct {
    const char* months[12];
    const char* weekdays[7];            // Sunday first
  } names;                              // the long names
  const char* abbreviated_months[12];   // what Go's "Jan" becomes
  const char* abbreviated_weekdays[7];  // what Go's "Mon" becomes; Sunday first
  const char* short_months[12];         // the months of :date_medium
  const char* am;                       // "" for a 24-hour clock
  const char* pm;
  // :date_full, :date_long, :date_medium, :date_short, :time_full, :time_long,
  // :time_medium, :time_short, as patterns of {placeholders} (see the generator).
  const char* named[8];
};

// The locale of the language `lang` (any case); when hugo does not localise it, that of
// `default_lang` (the site's defaultContentLanguage), else English.
const TimeLocale& FindTimeLocale(std::string_view lang, std::string_view default_lang = "en");

// `t` in `layout`: one of the named layouts (":date_long", …, any case) or a Go layout.
// As hugo does, a Go layout is printed in English and then the English names of the
// month and weekday are replaced, the long ones first and the short ones only when the
// long one is not in the text.
std::string FormatLocalTime(const Time& t, std::string_view layout, const TimeLocale& locale);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_TIME_LOCALE_H_
