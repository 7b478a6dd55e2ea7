// Localised dates, with what hugo 0.111.3 prints for the same times and language keys.
#include "hugo/funcs/time_locale.h"

#include <gtest/gtest.h>

#include "value/time_parse.h"

namespace kiln::funcs {
namespace {

TEST(TimeLocaleTest, MatchesHugo) {
  const struct {
    const char* lang;
    const char* time;
    const char* layout;
    const char* want;
  } kCases[] = {
      {"fr", "2024-03-05T10:04:05Z", "Monday 2 January 2006 Mon Jan PM",
       "mardi 5 mars 2024 Tue Mar AM"},
      {"de", "2024-03-05T10:04:05Z", ":date_full", "Dienstag, 5. März 2024"},
      {"de", "2024-03-05T10:04:05Z", ":date_medium", "05.03.2024"},
      {"es", "2024-03-05T10:04:05Z", ":date_full", "martes, 5 de marzo de 2024"},
      {"es", "2024-03-05T10:04:05Z", ":date_medium", "5 mar. 2024"},
      {"ES", "2024-03-05T10:04:05Z", ":time_full", "10:04:05 (UTC)"},
      {"en", "2024-03-05T10:04:05Z", ":time_short", "10:04 am"},
      {"en", "2024-03-05T00:04:05Z", ":time_medium", "0:04:05 am"},
      {"en", "2024-03-05T22:04:05Z", ":time_long", "10:04:05 pm UTC"},
      {"nl", "2024-03-05T10:04:05Z", "Monday 2 January", "dinsdag 5 maart"},
      {"xx", "2024-03-05T10:04:05Z", ":date_long", "March 5, 2024"},
      {"de", "2024-05-10T10:04:05Z", "January Jan", "Mai Mai"},
      {"de", "2024-03-10T10:04:05Z", "Jan Mon", "März So."},
      {"fr", "2024-03-10T10:04:05Z", "Monday Mon", "dimanche Sun"},
      {"fr", "2024-03-10T10:04:05Z", ":DATE_LONG", "10 mars 2024"},
      {"fa", "2024-03-05T10:04:05Z", ":date_short", "2024/3/5"},
      {"ko", "2024-03-05T10:04:05Z", ":time_long", "AM 10시 4분 5초 UTC"},
      {"ko", "2024-03-05T10:04:05Z", ":date_medium", "2024. 3. 5."},
      {"vi", "2024-03-05T10:04:05Z", ":date_medium", "5 thg 3, 2024"},
      {"cs", "2024-03-05T10:04:05Z", ":date_short", "05.03.24"},
      {"pt-br", "2023-03-05T10:00:00Z", ":date_full", "domingo, 5 de março de 2023"},
      {"pt_PT", "2023-03-05T10:00:00Z", "Monday, January 2", "domingo, março 5"},
      {"sr-latn", "2023-03-05T10:00:00Z", ":date_full", "nedelja, 05. mart 2023."},
      {"zh-hant", "2023-03-05T10:00:00Z", ":date_full", "2023年3月5日 星期日"},
  };
  for (const auto& c : kCases) {
    std::optional<Time> t = ParseHugoTime(c.time);
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(FormatLocalTime(*t, c.layout, FindTimeLocale(c.lang, "en")), c.want)
        << c.lang << " " << c.layout;
  }
}

TEST(TimeLocaleTest, UnknownKeysFallBackToTheDefaultLanguageThenEnglish) {
  EXPECT_STREQ(FindTimeLocale("xx", "fr").key, "fr");
  EXPECT_STREQ(FindTimeLocale("xx", "yy").key, "en");
  EXPECT_STREQ(FindTimeLocale("DE", "fr").key, "de");
  // A region hugo's library does not know does not fall back to its language.
  EXPECT_STREQ(FindTimeLocale("pt-xx", "fr").key, "fr");
  EXPECT_STREQ(FindTimeLocale("zh-cn", "en").key, "en");
  EXPECT_STREQ(FindTimeLocale("DE_at", "en").key, "de-at");
}

}  // namespace
}  // namespace kiln::funcs
