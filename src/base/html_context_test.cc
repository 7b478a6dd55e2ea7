#include "base/html_context.h"

#include <gtest/gtest.h>

#include <string_view>

namespace kiln::html {
namespace {

constexpr size_t npos = std::string_view::npos;

// One transition from each state, following Go's html/template transition functions.
TEST(HtmlContextTest, Transition) {
  using S = State;
  using E = Element;
  using D = Delim;
  struct Case {
    Context from;
    std::string_view in;
    Context want;
    size_t end;
  };
  const Case cases[] = {
      // Text runs to a tag or comment; a '<' that starts neither, or ends the input, is text.
      {{}, "a < b <1 </ c", {}, 13},
      {{}, "a <", {}, 3},
      {{}, "a <b:c-d e", {S::kTag}, 8},
      {{}, "a <Script>", {S::kTag, E::kScript}, 9},
      {{}, "</script>", {S::kTag}, 8},
      {{}, "x<!--y", {S::kComment}, 5},
      // In a tag: '>' enters the element's content; a name starts an attribute.
      {{S::kTag}, "  ", {S::kTag}, 2},
      {{S::kTag, E::kTitle}, " >t", {S::kRCDATA, E::kTitle}, 2},
      {{S::kTag, E::kStyle}, ">", {S::kRawText, E::kStyle}, 1},
      {{S::kTag}, ">", {S::kText}, 1},
      {{S::kTag}, " href=x", {S::kAfterName}, 5},
      {{S::kTag, E::kScript}, " async", {S::kAttrName, E::kScript}, 6},
      {{S::kTag}, " a\"b", {S::kError, E::kNone, D::kNone, TagError::kAttrNameChar}, 2},
      {{S::kTag}, " =x", {S::kError, E::kNone, D::kNone, TagError::kNoAttrName}, 1},
      // After the name: '=' or the next attribute.
      {{S::kAttrName}, "ef", {S::kAttrName}, 2},
      {{S::kAttrName}, "ef x", {S::kAfterName}, 2},
      {{S::kAttrName}, "e<", {S::kError, E::kNone, D::kNone, TagError::kAttrNameChar}, 1},
      {{S::kAfterName}, " \n", {S::kAfterName}, 2},
      {{S::kAfterName}, " b", {S::kTag}, 1},
      {{S::kAfterName}, " = x", {S::kBeforeValue}, 2},
      {{S::kBeforeValue}, " ", {S::kBeforeValue}, 1},
      {{S::kBeforeValue}, " \"x", {S::kValue, E::kNone, D::kDoubleQuote}, 2},
      {{S::kBeforeValue}, "'x", {S::kValue, E::kNone, D::kSingleQuote}, 1},
      {{S::kBeforeValue}, "x", {S::kValue, E::kNone, D::kSpaceOrTagEnd}, 0},
      // A value ends after its quote, or at a space or '>' unquoted.
      {{S::kValue, E::kNone, D::kDoubleQuote}, "a>'b\" c", {S::kTag}, 5},
      {{S::kValue, E::kTitle, D::kSingleQuote}, "a'", {S::kTag, E::kTitle}, 2},
      {{S::kValue, E::kNone, D::kSpaceOrTagEnd}, "a\"b>", {S::kTag}, 3},
      {{S::kValue, E::kNone, D::kDoubleQuote}, "ab", {S::kValue, E::kNone, D::kDoubleQuote}, 2},
      // Comments and element content run to their ends.
      {{S::kComment}, "a -- > -->b", {}, 10},
      {{S::kComment}, "a", {S::kComment}, 1},
      {{S::kRCDATA, E::kTextarea}, "a<b></TextArea >", {}, 4},
      {{S::kRawText, E::kScript}, "a</scripts></script", {S::kRawText, E::kScript}, 19},
      {{S::kRCDATA}, "a</x>", {S::kRCDATA}, 5},
      {{S::kError}, "<b>", {S::kError}, 3},
  };
  for (const Case& c : cases) {
    Context got = c.from;
    EXPECT_EQ(Transition(&got, c.in), c.end) << c.in;
    EXPECT_EQ(got, c.want) << c.in;
  }
}

TEST(HtmlContextTest, FindEndTag) {
  struct Case {
    Element element;
    std::string_view in;
    size_t want;
  };
  const Case cases[] = {
      {Element::kScript, "a</script>", 1},  {Element::kScript, "</scriptx></SCRIPT/", 10},
      {Element::kStyle, "</style\t", 0},    {Element::kStyle, "</style", npos},
      {Element::kTitle, "</script>", npos}, {Element::kNone, "</>", npos},
  };
  for (const Case& c : cases) EXPECT_EQ(FindEndTag(c.element, c.in), c.want) << c.in;
}

}  // namespace
}  // namespace kiln::html
