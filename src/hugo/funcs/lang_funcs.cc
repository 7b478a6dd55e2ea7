// The lang namespace's number formatting for English (CLDR "en" as Hugo's locale library
// prints it): FormatNumber, FormatPercent, FormatCurrency (at least two decimals; "$" and
// "¥" for USD and JPY, the ISO code otherwise), FormatAccounting (negatives in
// parentheses) and FormatNumberCustom ("neg dec group" options, default "- . ,").
#include <cmath>
#include <cstdio>

#include "base/strings.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {

namespace {

struct Symbols {
  std::string minus = "-", decimal = ".", group = ",";
};

// |number| with `precision` decimals, grouped by thousands; the sign is the caller's.
std::string FormatAbs(double number, int64_t precision, const Symbols& s) {
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(std::clamp<int64_t>(precision, 0, 30)),
                std::fabs(number));
  std::string_view text = buf;
  size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string out;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += s.group;
    out += whole[i];
  }
  if (dot != std::string_view::npos) out += s.decimal + std::string(text.substr(dot + 1));
  return out;
}

bool Negative(double number, int64_t precision) {
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(std::clamp<int64_t>(precision, 0, 30)),
                number);
  return buf[0] == '-' && std::string_view(buf).find_first_of("123456789") != std::string::npos;
}

StatusOr<std::string> CurrencySymbol(const Value& v) {
  ASSIGN_OR_RETURN(std::string code, ToString(v));
  bool valid = code.size() == 3;
  for (char c : code) valid = valid && c >= 'A' && c <= 'Z';
  if (!valid) return InvalidArgumentError("unknown currency code: \"" + code + "\"");
  if (code == "USD") return std::string("$");
  if (code == "JPY") return std::string("\xc2\xa5");
  return code;
}

}  // namespace

void RegisterLangFuncs(FuncMap* funcs, Fn translate) {
  using enum ParamKind;
  Namespace ns("lang");
  ns.Add("FormatNumber", {kAny, kAny}, false, [](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(int64_t p, ToInt(a[0]));
    ASSIGN_OR_RETURN(double n, ToFloat(a[1]));
    return Value::String((Negative(n, p) ? "-" : "") + FormatAbs(n, p, Symbols()));
  });
  ns.Add("FormatPercent", {kAny, kAny}, false, [](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(int64_t p, ToInt(a[0]));
    ASSIGN_OR_RETURN(double n, ToFloat(a[1]));
    return Value::String((Negative(n, p) ? "-" : "") + FormatAbs(n, p, Symbols()) + "%");
  });
  auto money = [](bool accounting) {
    return [accounting](Args a) -> StatusOr<Value> {
      ASSIGN_OR_RETURN(int64_t p, ToInt(a[0]));
      ASSIGN_OR_RETURN(std::string symbol, CurrencySymbol(a[1]));
      ASSIGN_OR_RETURN(double n, ToFloat(a[2]));
      // Rounded to `p` decimals, then padded to the currency's two.
      std::string body = symbol + FormatAbs(n, p, Symbols());
      if (p <= 0) body += ".";
      for (int64_t i = std::max<int64_t>(p, 0); i < 2; ++i) body += "0";
      if (!Negative(n, p)) return Value::String(body);
      return Value::String(accounting ? "(" + body + ")" : "-" + body);
    };
  };
  ns.Add("FormatCurrency", {kAny, kAny, kAny}, false, money(false));
  ns.Add("FormatAccounting", {kAny, kAny, kAny}, false, money(true));
  ns.Add("FormatNumberCustom", {kAny, kAny}, true, [](Args a) -> StatusOr<Value> {
    RETURN_IF_ERROR(WantArgs("FormatNumberCustom", a, 2, 3));
    ASSIGN_OR_RETURN(int64_t p, ToInt(a[0]));
    ASSIGN_OR_RETURN(double n, ToFloat(a[1]));
    Symbols s;
    if (a.size() == 3) {
      ASSIGN_OR_RETURN(std::string options, ToString(a[2]));
      std::vector<std::string_view> parts = Split(options, ' ');
      if (parts.size() > 0) s.minus = std::string(parts[0]);
      if (parts.size() > 1) s.decimal = std::string(parts[1]);
      if (parts.size() > 2) s.group = std::string(parts[2]);
    }
    return Value::String((Negative(n, p) ? s.minus : "") + FormatAbs(n, p, s));
  });
  if (translate) ns.Add("Translate", {kAny}, true, std::move(translate));
  ns.Install(funcs);
}

}  // namespace kiln::funcs
