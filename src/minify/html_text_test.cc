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

// Expectations from hugo's minifier.
TEST(HtmlViewport, NumbersShortened) {
  EXPECT_EQ(MinifyViewport("a=1.0, b=0.50,c=+1,d=-0.0,e=1000,f=100,g=0.0001,h=0.00012,i=010.50,"
                           "j=123e4,k=1.5e-10"),
            "a=1,b=.5,c=1,d=0,e=1e3,f=100,g=1e-4,h=12e-5,i=10.5,j=123e4,k=.15e-9");
  EXPECT_EQ(MinifyViewport("width=device-width, initial-scale=1.0"),
            "width=device-width,initial-scale=1");
}

}  // namespace
}  // namespace kiln::minify
