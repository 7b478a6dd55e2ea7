// The lang namespace's number formatting: FormatNumber, FormatPercent, FormatCurrency and
// FormatAccounting in the site language's locale (number_locale.h), and FormatNumberCustom
// (alias NumFmt) with "neg dec group" options, rounding half away from zero first.
#include <cmath>

#include "base/strings.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"
#include "hugo/funcs/number_locale.h"

namespace kiln::funcs {

namespace {

// Hugo's precision check: a negative one cannot be cast, one past 20 is refused.
StatusOr<int> Precision(const Value& v) {
  ASSIGN_OR_RETURN(int64_t p, ToInt(v));
  if (p < 0) return InvalidArgumentError("unable to cast " + std::to_string(p) + " to uint64");
  if (p > 20) return InvalidArgumentError("invalid precision: " + std::to_string(p));
  return static_cast<int>(p);
}

// Splits `s` at each `delim` as Go's strings.Split does (an empty one splits characters).
std::vector<std::string> SplitFields(std::string_view s, std::string_view delim) {
  std::vector<std::string> out;
  if (delim.empty()) {
    for (size_t i = 0; i < s.size();) {
      size_t n = 1;
      while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
      out.emplace_back(s.substr(i, n));
      i += n;
    }
    return out;
  }
  for (size_t at = 0;;) {
    size_t next = s.find(delim, at);
    out.emplace_back(s.substr(at, next - at));
    if (next == std::string_view::npos) return out;
    at = next + delim.size();
  }
}

StatusOr<Value> FormatNumberCustom(Args a) {
  RETURN_IF_ERROR(WantArgs("FormatNumberCustom", a, 2, 4));
  ASSIGN_OR_RETURN(int64_t p, ToInt(a[0]));
  ASSIGN_OR_RETURN(double n, ToFloat(a[1]));
  std::string neg = "-", dec = ".", grp = ",";
  if (a.size() > 2) {
    std::string delim = " ";
    if (a.size() == 4) {
      ASSIGN_OR_RETURN(delim, ToString(a[3]));
    }
    ASSIGN_OR_RETURN(std::string options, ToString(a[2]));
    std::vector<std::string> fields = SplitFields(options, delim);
    if (fields.size() > 3) {
      return InvalidArgumentError("too many fields in options parameter to NumFmt");
    }
    fields.resize(3);  // fields not given are empty
    neg = fields[0], dec = fields[1], grp = fields[2];
  }
  const int precision = static_cast<int>(std::clamp<int64_t>(p, 0, 30));
  const double scale = std::pow(10.0, static_cast<double>(p));
  const double rounded = std::round(n * scale) / scale;
  return Value::String((n < 0 ? neg : "") + GroupDigits(rounded, precision, dec, grp));
}

}  // namespace

void RegisterLangFuncs(FuncMap* funcs, Fn translate, std::string_view lang,
                       std::string_view default_lang, Fn merge) {
  using enum ParamKind;
  const NumberLocale* locale = &FindNumberLocale(lang, default_lang);
  Namespace ns("lang");
  auto plain = [locale](NumberStyle style) {
    return [locale, style](Args a) -> StatusOr<Value> {
      ASSIGN_OR_RETURN(int p, Precision(a[0]));
      ASSIGN_OR_RETURN(double n, ToFloat(a[1]));
      return Value::String(FormatLocalNumber(*locale, style, n, p));
    };
  };
  ns.Add("FormatNumber", {kAny, kAny}, false, plain(NumberStyle::kNumber));
  ns.Add("FormatPercent", {kAny, kAny}, false, plain(NumberStyle::kPercent));
  auto money = [locale](NumberStyle style) {
    return [locale, style](Args a) -> StatusOr<Value> {
      ASSIGN_OR_RETURN(int p, Precision(a[0]));
      ASSIGN_OR_RETURN(double n, ToFloat(a[2]));
      ASSIGN_OR_RETURN(std::string code, ToString(a[1]));
      std::optional<std::string> symbol = CurrencySymbol(*locale, code);
      if (!symbol) return InvalidArgumentError("unknown currency code: \"" + code + "\"");
      return Value::String(FormatLocalNumber(*locale, style, n, p, *symbol));
    };
  };
  ns.Add("FormatCurrency", {kAny, kAny, kAny}, false, money(NumberStyle::kCurrency));
  ns.Add("FormatAccounting", {kAny, kAny, kAny}, false, money(NumberStyle::kAccounting));
  ns.Add("FormatNumberCustom", {kAny, kAny}, true, FormatNumberCustom);
  ns.Add("NumFmt", {kAny, kAny}, true, FormatNumberCustom);
  if (translate) ns.Add("Translate", {kAny}, true, std::move(translate));
  if (merge) ns.Add("Merge", {kAny, kAny}, false, std::move(merge));
  ns.Install(funcs);
}

}  // namespace kiln::funcs
