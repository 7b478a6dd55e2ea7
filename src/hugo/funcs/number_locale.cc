#include "hugo/funcs/number_locale.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/strings.h"

namespace kiln::funcs {

namespace {

#include "hugo/funcs/number_locales.inc"

const NumberLocale* Find(std::string_view lang) {
  // hugo's locale library takes a key in any case, with '-' or '_' before the region.
  std::string key = AsciiLower(lang);
  std::replace(key.begin(), key.end(), '_', '-');
  for (const NumberLocale& l : kNumberLocales) {
    if (key == l.key) return &l;
  }
  return nullptr;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

}  // namespace

const NumberLocale& FindNumberLocale(std::string_view lang, std::string_view default_lang) {
  if (const NumberLocale* l = Find(lang)) return *l;
  if (const NumberLocale* l = Find(default_lang)) return *l;
  return *Find("en");
}

std::optional<std::string> CurrencySymbol(const NumberLocale& locale, std::string_view code) {
  size_t at = kCurrencyCodes.find(code);
  if (code.size() != 3 || at == std::string_view::npos || at % 4 != 0) return std::nullopt;
  std::string_view symbols = locale.symbols;
  for (size_t line = 0; line < symbols.size();) {
    size_t end = symbols.find('\n', line);
    std::string_view entry = symbols.substr(line, end - line);
    if (entry.substr(0, 3) == code) return std::string(entry.substr(4));
    line = end + 1;
  }
  return std::string(code);
}

std::string GroupDigits(double number, int precision, std::string_view decimal,
                        std::string_view group, bool indian_grouping) {
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", std::clamp(precision, 0, 30), std::fabs(number));
  std::string_view text = buf;
  size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string out;
  for (size_t i = 0; i < whole.size(); ++i) {
    size_t left = whole.size() - i;  // digits from here to the point
    bool boundary =
        indian_grouping ? left == 3 || (left > 3 && (left - 3) % 2 == 0) : left % 3 == 0;
    if (i > 0 && boundary) out += group;
    out += whole[i];
  }
  if (dot != std::string_view::npos) out += std::string(decimal) + std::string(text.substr(dot + 1));
  return out;
}

std::string FormatLocalNumber(const NumberLocale& locale, NumberStyle style, double number,
                              int precision, std::string_view symbol) {
  const auto& st = locale.styles[static_cast<int>(style)];
  std::string out = number < 0 ? st.negative : st.positive;
  const bool money = style == NumberStyle::kCurrency || style == NumberStyle::kAccounting;
  for (bool grouped : {true, false}) {
    std::string digits =
        GroupDigits(number, precision, st.decimal, grouped ? st.group : "", st.indian_grouping);
    if (money && locale.pads_money && precision < 2) {
      if (precision <= 0) digits += st.decimal;
      digits.append(2 - std::max(precision, 0), '0');
    }
    ReplaceAll(&out, grouped ? "{n}" : "{N}", digits);
  }
  ReplaceAll(&out, "{s}", symbol);
  return out;
}

}  // namespace kiln::funcs
