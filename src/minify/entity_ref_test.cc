#include "minify/entity_ref.h"

#include <gtest/gtest.h>

namespace kiln::minify {
namespace {

std::string_view Lookup(std::string_view name) { return name == "amp" ? "&" : ""; }

TEST(EntityRefTest, ScansAsHugosMinifier) {
  struct Case {
    std::string_view text;
    size_t last;
    std::string_view value;
  };
  const Case cases[] = {
      {"&amp;x", 4, "&"},       {"&nbsp;x", 5, ""},   // unknown name: skipped whole
      {"&ampx", 4, ""},                               // no ';' before the end
      {"&;xyz", 0, ""},                               // empty name
      {"&#60;x", 4, "<"},       {"&#128;", 4, ""},    // decimal values stop below 128
      {"&#x3C;", 5, "<"},       {"&#x3c", 5, "<"},    // the caller checks for the ';'
      {"&#xE9;", 5, "&#233;"},  {"&#x2710;", 6, ""},  // 10000: too large
      {"&#xg;y", 2, ""},                              // no digits
      {"&#00000065;", 10, "A"},
  };
  for (const Case& c : cases) {
    EntityRef ref = ScanEntityRef(c.text, 0, Lookup);
    EXPECT_EQ(ref.last, c.last) << c.text;
    EXPECT_EQ(ref.value, c.value) << c.text;
  }
}

TEST(EntityRefTest, LettersDigitsAndHashContinueAReference) {
  for (char c : std::string_view("azAZ09#")) EXPECT_TRUE(ContinuesReference(c)) << c;
  for (char c : std::string_view(" ;&-_\x80")) EXPECT_FALSE(ContinuesReference(c)) << c;
}

}  // namespace
}  // namespace kiln::minify
