#include "base/html_unescape.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

// Expectations recorded from Go's html.UnescapeString.
TEST(HtmlUnescapeTest, DecodesAsGoDoes) {
  struct Case {
    std::string_view in;
    std::string_view want;
  };
  const Case cases[] = {
      {"&amp;", "&"},
      {"&amp", "&"},
      {"&ampb=", "&b="},
      {"&notit;", "¬it;"},
      {"&notin;", "∉"},
      {"&quest;", "?"},
      {"&quest", "&quest"},
      {"&Amp;", "&Amp;"},
      {"&AMP;", "&"},
      {"&;", "&;"},
      {"&", "&"},
      {"a&", "a&"},
      {"&#", "&#"},
      {"&#1", "&#1"},
      {"&#12", "\f"},
      {"&#;x", "&#;x"},
      {"&#x;", "�"},
      {"&#xZ", "&#xZ"},
      {"&#x41;B", "AB"},
      {"&#65", "A"},
      {"&#128;", "€"},
      {"&#x9d;", "\u009d"},
      {"&#0;", "�"},
      {"&#xD800;", "�"},
      {"&#x110000;", "�"},
      {"&#4294967361;", "A"},
      {"&NotNestedGreaterGreater;", "⪢̸"},
      {"&fjlig;", "fj"},
      {"&middot", "·"},
      {"&middotx", "·x"},
      {"&approx", "&approx"},
      {"&lt&gt", "<>"},
      {"x &sol;&sol; y", "x // y"},
      {"&zz;&Tab;&NewLine;", "&zz;\t\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(UnescapeHtml(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace kiln
