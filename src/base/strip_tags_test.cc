#include "base/strip_tags.h"

#include <gtest/gtest.h>

#include <string_view>

namespace kiln {
namespace {

// Expectations recorded from Go's html/template stripTags.
TEST(StripTagsTest, FollowsGoHtmlTemplate) {
  struct Case {
    std::string_view html;
    std::string_view want;
  };
  const Case cases[] = {
      {"a <b>bold</b> c", "a bold c"},
      {"<div title=\"1>2\" x='>'>x</div>", "x"},
      {"1 < 2 <!-- <b> --> 3 <3", "1 < 2  3 <3"},
      {"<script>a<b</script>c<STYLE>p{}</style >d", "cd"},
      {"<title>T <em>e</em></title>!", "T <em>e!"},
      {"x <textarea>y <p>z", "x y <p>z"},
      {"a <p x\"y>b</p> c", "a "},
      {"ends <b", "ends <b"},
      {"<a href=x>y", "y"},
      {"<a title='x>y' b=c d>t", "t"},
      {"a<br/>b", "ab"},
      {"a<!-- b", "a"},
      {"a<p =x>y", "a"},
      {"x<p a=\"unterminated", "x"},
      {"a </ b", "a </ b"},
      {"<TEXTAREA>a</textarea/>b", "ab"},
      {"<title>a</titlex>b</title>c", "ac"},
      {"<script>x</script", ""},
      {"a<b:c-d e>f", "af"},
      {"<p a = \"b\" >c</p>", "c"},
      {"a<1b", "a<1b"},
      {"&lt;b&gt; &amp;", "&lt;b&gt; &amp;"},
      {"<p a=b\tc>d", "d"},
      {"<style>a</script>b</style>c", "c"},
      {"<p a b c=d>e", "e"},
      {"<p a=>b>c", "b>c"},
      {"<p\n>a</p\n>", "a"},
      {"a<", "a<"},
      {"a</", "a</"},
      {"<a href=\"x\" <b>c", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(StripTags(c.html), c.want) << c.html;
}

}  // namespace
}  // namespace kiln
