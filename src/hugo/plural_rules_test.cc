#include "hugo/plural_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kiln::hugo {
namespace {

// One letter per form: z(ero), o(ne), t(wo), f(ew), m(any), and "." for other.
char Letter(std::string_view form) {
  if (form == "zero") return 'z';
  if (form == "one") return 'o';
  if (form == "two") return 't';
  if (form == "few") return 'f';
  if (form == "many") return 'm';
  return '.';
}

TEST(PluralFormTest, WholeNumbersByLanguage) {
  const std::vector<int64_t> counts = {0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 111, -1};
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      // One letter per count above.
      {{"en", "de", "it", "sv"}, ".o..........o"},
      {{"fr", "fa", "pt-BR", "hi"}, "oo..........o"},
      {{"ja", "zh-tw", "ko", "vi"}, "............."},
      {{"ru", "uk"}, "moffmmmofmomo"},
      {{"pl"}, "moffmmmmfmmmo"},
      {{"cs", "sk"}, ".off........o"},
      {{"hr", "sr"}, ".off...of.o.o"},
      {{"ar"}, "zotffmmmmm.mo"},
  };
  for (const auto& [langs, want] : cases) {
    for (const std::string& lang : langs) {
      std::string got;
      for (int64_t n : counts) got += Letter(PluralForm(lang, n));
      EXPECT_EQ(got, want) << lang;
    }
  }
}

}  // namespace
}  // namespace kiln::hugo
