// NumberLocale: how hugo 0.111 prints numbers for a language key with lang.FormatNumber,
// FormatPercent, FormatCurrency and FormatAccounting: for each function the decimal and
// group separators, the grouping (Indian locales group by two above the first three
// digits) and a pattern per sign, and the currency symbols that differ from the ISO code. The table is
// generated from hugo's own output (tools/funcs/gen_number_locales.py); a key it does not
// list falls back as for dates (time_locale.h): defaultContentLanguage's locale, else
// English.
//
// Locales are static, immutable data; safe to share between threads.
#ifndef KILN_HUGO_FUNCS_NUMBER_LOCALE_H_
#define KILN_HUGO_FUNCS_NUMBER_LOCALE_H_

#include <optional>
#include <string>
#include <string_view>

namespace kiln::funcs {

enum class NumberStyle { kNumber, kPercent, kCurrency, kAccounting };

struct NumberLocale {
  const char* key;
  bool pads_money;  // currencies get at least two decimals (most locales)
  // Indexed by NumberStyle; each function has its own separators in hugo's library.
  struct {
    // The text for a positive and a negative number, where {n} is the absolute number
    // grouped, {N} ungrouped, and {s} the currency symbol.
    const char* positive;
    const char* negative;
    const char* decimal;
    const char* group;
    bool indian_grouping;  // groups above the first three digits have two
  } styles[4];
  const char* symbols;  // "CODE=symbol\n" lines
};

// The locale of the language `lang` (any case, '-' or '_'); when hugo does not localise
// it, that of `default_lang`, else English.
const NumberLocale& FindNumberLocale(std::string_view lang, std::string_view default_lang = "en");

// The symbol `locale` prints for the currency `code`, or nullopt when hugo's library does
// not know the code (exact, upper case).
std::optional<std::string> CurrencySymbol(const NumberLocale& locale, std::string_view code);

// `number` with `precision` decimals (rounded to nearest, ties to even on the exact binary
// value, as Go's strconv does) in `style`; currencies get at least two decimals where the
// locale pads them. A
// negative number takes the negative pattern even when it rounds to zero, as hugo's does.
std::string FormatLocalNumber(const NumberLocale& locale, NumberStyle style, double number,
                              int precision, std::string_view symbol = "");

// The digits of |number| with `precision` decimals, grouped in threes by `group` from
// the decimal point, with `decimal` between whole and fraction.
std::string GroupDigits(double number, int precision, std::string_view decimal,
                        std::string_view group, bool indian_grouping = false);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_NUMBER_LOCALE_H_
