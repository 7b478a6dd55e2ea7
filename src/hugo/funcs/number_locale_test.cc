#include "hugo/funcs/number_locale.h"

#include <gtest/gtest.h>

namespace kiln::funcs {
namespace {

struct Case {
  const char* lang;
  NumberStyle style;
  double number;
  int precision;
  const char* currency;
  const char* want;
};

// Expected texts are hugo 0.111.3's (its locale library prints plain spaces where CLDR
// has no-break ones, but keeps French's narrow no-break group separator).
TEST(NumberLocaleTest, FormatsAsHugo) {
  const Case cases[] = {
      {"en", NumberStyle::kNumber, -1234567.891, 2, "", "-1,234,567.89"},
      {"pt-br", NumberStyle::kNumber, 1234567.891, 2, "", "1.234.567,89"},
      {"de", NumberStyle::kPercent, -1234567.891, 2, "", "-1234567,89 %"},
      {"de", NumberStyle::kCurrency, -1234567.891, 2, "EUR", "-1.234.567,89 \xe2\x82\xac"},
      {"hi", NumberStyle::kNumber, 123456789, 0, "", "12,34,56,789"},
      {"hi", NumberStyle::kCurrency, 1234567.891, 2, "INR", "\xe2\x82\xb9" "12,34,567.89"},
      {"en", NumberStyle::kAccounting, -2.5, 0, "USD", "($2.00)"},
      {"en", NumberStyle::kCurrency, 3.5, 0, "JPY", "\xc2\xa5" "4.00"},
      {"en", NumberStyle::kNumber, -0.001, 0, "", "-0"},
      {"fr", NumberStyle::kAccounting, -1234.5, 1, "XTS",
       "(1\xe2\x80\xaf" "234,50 )XTS"},
      {"es-mx", NumberStyle::kCurrency, 1234.5, 0, "MXN", "1234 k$"},
      {"fa", NumberStyle::kNumber, -1234.5, 1, "", "1234.5"},
      {"ml", NumberStyle::kCurrency, 1234567, 0, "XTS", "XTS1,234,567.00"},
      {"xx", NumberStyle::kNumber, 1234.5, 1, "", "1,234.5"},
      {"EN_in", NumberStyle::kNumber, 1234567, 0, "", "12,34,567"},
  };
  for (const Case& c : cases) {
    const NumberLocale& locale = FindNumberLocale(c.lang);
    std::string symbol;
    if (*c.currency) symbol = CurrencySymbol(locale, c.currency).value();
    EXPECT_EQ(FormatLocalNumber(locale, c.style, c.number, c.precision, symbol), c.want)
        << c.lang << " " << c.number;
  }
}

TEST(NumberLocaleTest, UnknownKeyFallsBackToDefaultLanguage) {
  EXPECT_STREQ(FindNumberLocale("zz", "de").key, "de");
  EXPECT_STREQ(FindNumberLocale("zz", "yy").key, "en");
}

TEST(NumberLocaleTest, CurrencySymbols) {
  const NumberLocale& en = FindNumberLocale("en");
  EXPECT_EQ(CurrencySymbol(en, "USD"), "$");
  EXPECT_EQ(CurrencySymbol(en, "CHF"), "CHF");
  EXPECT_EQ(CurrencySymbol(en, "usd"), std::nullopt);
  EXPECT_EQ(CurrencySymbol(en, "QQQ"), std::nullopt);
  EXPECT_EQ(CurrencySymbol(en, "AED AFA"), std::nullopt);
  EXPECT_EQ(CurrencySymbol(en, "D A"), std::nullopt);
}

TEST(NumberLocaleTest, GroupDigits) {
  EXPECT_EQ(GroupDigits(-1234567.125, 2, ",", "."), "1.234.567,12");
  EXPECT_EQ(GroupDigits(999, 0, ".", ","), "999");
  EXPECT_EQ(GroupDigits(1000, 1, "::", "--"), "1--000::0");
  EXPECT_EQ(GroupDigits(1e15, 0, ".", ",", true), "1,00,00,00,00,00,00,000");
}

}  // namespace
}  // namespace kiln::funcs
