#include "hugo/shortcode_parser.h"

#include <gtest/gtest.h>

namespace kiln::hugo {
namespace {

// Templates of the test site: box and wrap take inner content; hello and x do not.
std::optional<bool> TestTemplates(std::string_view name) {
  if (name == "box" || name == "wrap") return true;
  if (name == "hello" || name == "x" || name == "ns/deep") return false;
  return std::nullopt;
}

struct ParseCase {
  const char* body;
  const char* want;  // DebugString, or the error as "offset: message" ("-" for the file start)
};

std::string Parse(std::string_view body) {
  ShortcodeDocument doc;
  ShortcodeParseError error;
  if (ParseShortcodes(body, TestTemplates, &doc, &error)) return DebugString(doc);
  std::string at = error.offset ? std::to_string(*error.offset) : "-";
  return at + ": " + error.message;
}

TEST(ShortcodeParserTest, Documents) {
  const ParseCase cases[] = {
      {"no calls", R"("no calls")"},
      {"a {{< hello >}} b", R"("a " hello<() " b")"},
      {"{{% hello %}}", R"(hello%())"},
      {"{{<hello>}}{{< ns/deep >}}", R"(hello<() ns/deep<())"},
      {R"({{< x "quoted value" `raw "v"` bare 42 -7 3.5 0.25 true false 12abc >}})",
       R"(x<("quoted value" "raw \"v\"" "bare" 42 -7 3.5f 0.25f true false "12abc"))"},
      {R"({{< x "42" `true` >}})", R"(x<("42" "true"))"},
      {R"({{< x a="one" b=2 c=`three` d=true e="say \"hi\"" f=x-y >}})",
       R"(x<(a="one" b=2 c="three" d=true e="say \"hi\"" f="x-y"))"},
      {"{{< x\n  a=1\n  b=\"two\"\n>}}", R"(x<(a=1 b="two"))"},
      {"{{< box >}}in *md*{{< /box >}}", R"(box<(){"in *md*"})"},
      {"{{< box />}} after", R"(box<() " after")"},
      {"{{< box >}}{{< /box >}}", R"(box<())"},
      {"{{< box >}}a{{< hello >}}b{{% wrap %}}c{{% /wrap %}}{{< /box >}}",
       R"(box<(){"a" hello<() "b" wrap%(){"c"}})"},
      {"- item\n  {{< hello >}}", R"("- item\n  " hello<()indent"  ")"},
      {"x {{< hello >}}", R"("x " hello<())"},
      {"\t{{< hello >}}", "\"\t\" hello<()indent\"\t\""},
      {"a {{</* hello x */>}} b", R"("a {{< hello x >}} b")"},
      {"{{%/* hello */%}}", R"("{{% hello %}}")"},
      {"{{ not a shortcode }} {{< hello >}}", R"("{{ not a shortcode }} " hello<())"},
      // Errors.
      {"a\n{{< missing >}}",
       "2: failed to extract shortcode: template for shortcode \"missing\" not found"},
      {"{{< box >}}never closed",
       "0: failed to extract shortcode: shortcode \"box\" must be closed or self-closed"},
      {"{{< hello >}}x{{< /hello >}}",
       "14: failed to extract shortcode: shortcode \"hello\" does not evaluate .Inner or "
       ".InnerDeindent, yet a closing tag was provided"},
      {"{{< >}}", "0: shortcode has no name"},
      // Hugo refuses a self-closing call of a shortcode without inner content.
      {"{{< hello />}}",
       "0: failed to extract shortcode: shortcode \">}}\" does not evaluate .Inner or "
       ".InnerDeindent, yet a closing tag was provided"},
      {"{{< hello", "-: unclosed shortcode action"},
      {"{{< /hello >}}", "-: got closing shortcode, but none is open"},
      {"{{< box >}}x{{< /wrap >}}", "-: closing tag for shortcode 'wrap' does not match start tag"},
      {"{{< box >}}x{{< /box extra >}}", "-: unclosed shortcode"},
      {"{{< x .25 >}}",
       "-: unrecognized character in shortcode action: U+002E '.'. Note: Parameters with "
       "non-alphanumeric args must be quoted"},
      {"{{< x a=1 b >}}",
       "-: got positional parameter 'b'. Cannot mix named and positional parameters"},
      {"{{< x a b=1 >}}", "-: got named parameter 'b'. Cannot mix named and positional parameters"},
      {R"({{< x a=1 "b" >}})",
       "-: got quoted positional parameter. Cannot mix named and positional parameters"},
      {"{{< x \"open >}}",
       "-: unterminated quoted string in shortcode parameter-argument: 'open >}}'"},
      {"{{< x `open >}}", "-: unterminated raw string in shortcode parameter-argument: 'open >}}'"},
      {"{{< x.y >}}", "-: period in shortcode name only allowed for inline identifiers"},
      {"{{</* x >}}", "-: comment must be closed"},
  };
  for (const ParseCase& c : cases) EXPECT_EQ(Parse(c.body), c.want) << c.body;
}

TEST(ShortcodeParserTest, OrdinalsNamesAndOffsets) {
  ShortcodeDocument doc;
  ShortcodeParseError error;
  ASSERT_TRUE(ParseShortcodes("{{< hello >}}\n{{< box >}}{{< x >}}{{< x >}}{{< /box >}}",
                              TestTemplates, &doc, &error));
  ASSERT_EQ(doc.parts.size(), 3u);
  const Shortcode& box = *doc.parts[2].call;
  EXPECT_EQ(doc.parts[0].call->ordinal, 0);
  EXPECT_EQ(box.ordinal, 1);
  EXPECT_EQ(box.offset, 14u);
  ASSERT_EQ(box.inner.size(), 2u);
  EXPECT_EQ(box.inner[1].call->ordinal, 1);
  EXPECT_EQ(box.inner[1].call->level, 1);
  EXPECT_EQ(doc.names, (std::set<std::string, std::less<>>{"box", "hello", "x"}));
}

TEST(ShortcodeParserTest, EscapedCallsAloneRewriteTheSource) {
  struct Case {
    const char* body;
    bool rewrites;
  };
  const Case cases[] = {
      {"plain {{ x }} text", false},
      {"a {{</* hello */>}} b", true},
      {"{{%/* hello */%}}", true},
      {"{{< hello >}}", true},
  };
  for (const Case& c : cases) {
    ShortcodeDocument doc;
    ShortcodeParseError error;
    ASSERT_TRUE(ParseShortcodes(c.body, TestTemplates, &doc, &error)) << c.body;
    EXPECT_EQ(doc.rewrites_source(), c.rewrites) << c.body;
  }
}

TEST(ShortcodeParserTest, TypedParams) {
  EXPECT_EQ(TypedShortcodeParam("99999999999999999999").kind(), ValueKind::kString);
  EXPECT_EQ(TypedShortcodeParam("-0.5").AsFloat(), -0.5);
  EXPECT_EQ(TypedShortcodeParam("1.").kind(), ValueKind::kString);
  EXPECT_EQ(TypedShortcodeParam("True").kind(), ValueKind::kString);
  EXPECT_EQ(TypedShortcodeParam("+3").AsInt(), 3);
}

}  // namespace
}  // namespace kiln::hugo
