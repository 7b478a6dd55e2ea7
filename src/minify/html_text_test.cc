#include "minify/html_text.h"

#include <gtest/gtest.h>

#include "minify/html_viewport.h"

namespace kiln::minify {
namespace {

struct Case {
  std::string_view in;
  std::string_view want;
};

TEST(HtmlText, CollapseWhitespaceAndEntities) {
  const Case cases[] = {
      {"a  b", "a b"},
      {" \t a", " a"},
      {"a \r\n b", "a\nb"},
      {"\t", " "},
      {"&amp; &lt;", "& &lt;"},
      {"&#60;", "&lt;"},
      {"&amp;x", "&amp;x"},
      {"&copy;", "&copy;"},
      {"&AElig;", "&#198;"},
      {"&#x41;!", "A!"},
      {"&#65", "&#65"},
      {"&#1234;", "&#1234;"},
      {"&foo  bar; x  y", "&foo  bar; x y"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CollapseWhitespaceAndEntities(std::string(c.in), true), c.want) << c.in;
  }
  EXPECT_EQ(CollapseWhitespaceAndEntities("&lt;b", false), "<b");
}

TEST(HtmlText, QuoteAttrVal) {
  EXPECT_EQ(QuoteAttrVal("abc", '"', false, false), "abc");
  EXPECT_EQ(QuoteAttrVal("a b", '\'', false, false), "'a b'");
  EXPECT_EQ(QuoteAttrVal("a'b", '\'', false, false), "\"a'b\"");
  EXPECT_EQ(QuoteAttrVal("a'\"b", '"', false, false), "\"a'&#34;b\"");
  EXPECT_EQ(QuoteAttrVal("a\"\"'", '"', false, false), "'a\"\"&#39;'");
  EXPECT_EQ(QuoteAttrVal("x", 0, false, true), "\"x\"");
  EXPECT_EQ(QuoteAttrVal("x", '"', true, false), "\"x\"");
}

TEST(HtmlText, MinifyMediaType) {
  EXPECT_EQ(MinifyMediaType("Text/HTML; Charset=\"A B\""), "text/html;charset=\"a b\"");
}

TEST(HtmlViewport, ShortestNumber) {
  const Case cases[] = {
      {"1.0", "1"},       {"0.50", ".5"},     {"+1", "1"},           {"-0.0", "0"},
      {"1000", "1e3"},    {"100", "100"},     {"0.0001", "1e-4"},    {"0.00012", "12e-5"},
      {"010.50", "10.5"}, {"123e4", "123e4"}, {"1.5e-10", ".15e-9"},
  };
  for (const Case& c : cases) EXPECT_EQ(ShortestNumber(c.in), c.want) << c.in;
  EXPECT_EQ(MinifyViewport("width=device-width, initial-scale=1.0"),
            "width=device-width,initial-scale=1");
}

}  // namespace
}  // namespace kiln::minify
