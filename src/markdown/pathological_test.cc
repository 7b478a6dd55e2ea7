// Pathological inputs (deep nesting, long runs of brackets, emphasis, quotes, tags, repeated
// headings and footnotes) must render, and the output must grow linearly with the input: for
// each pattern, doubling the repetitions at most doubles the output (plus a constant), and the
// output stays within a fixed multiple of the input. Sizes, not times, are asserted.
#include <gtest/gtest.h>

#include <string>

#include "markdown/content_helpers.h"
#include "markdown/markdown.h"
#include "markdown/toc.h"
#include "testing/status_matchers.h"

namespace kiln::markdown {
namespace {

struct Pattern {
  const char* name;
  const char* prefix;
  const char* unit;  // repeated
  const char* suffix;
};

constexpr Pattern kPatterns[] = {
    {"nested quotes", "", "> ", "a\n"},
    {"nested lists", "", "- ", "a\n"},
    {"nested ordered lists", "", "1. ", "a\n"},
    {"open brackets", "", "[", "a"},
    {"bracket pairs", "", "[a](", ")"},
    {"image openers", "", "![", "a"},
    {"emphasis openers", "", "*", "a"},
    {"emphasis runs", "", "a*", "\n"},
    {"underscores", "", "_a", "\n"},
    {"strikethrough", "", "~~a", "\n"},
    {"backticks", "", "`a``", "\n"},
    {"open tags", "", "<a ", "\n"},
    {"entities", "", "&amp;&#x41;&bogus", "\n"},
    {"quotes", "", "\"'", "\n"},
    {"dashes", "", "-- --- ... << >> ", "\n"},
    {"headings", "", "# x\n", ""},
    {"heading braces", "# a ", "{a=\"", "\n"},
    {"footnote references", "", "[^1]", "\n\n[^1]: note\n"},
    {"footnote definitions", "x[^a]\n\n", "[^a]: y\n", ""},
    {"definition lists", "Term\n", ": d\n", ""},
    {"table rows", "|a|b|\n|-|-|\n", "|a|\n", ""},
    {"email runs", "", "w_", "@x"},
    {"url runs", "http://a.bc/", "_http://a.bc/", "\n"},
    {"www runs", "", " www.", "\n"},
    {"link definitions", "", "[a]: /u\n", "[a]\n"},
    {"fences", "", "```\n", ""},
    {"html blocks", "", "<div>\n", ""},
    {"hard breaks", "", "a  \n", ""},
    {"summary dividers", "", "<!--more-->", ""},
};

std::string Repeat(const Pattern& p, int n) {
  std::string s = p.prefix;
  for (int i = 0; i < n; ++i) s += p.unit;
  return s + p.suffix;
}

size_t RenderedSize(const std::string& source) {
  MarkdownOptions options;
  DividedSource divided = ReplaceSummaryDivider(source);
  auto doc = RenderMarkdown(divided.source, options);
  EXPECT_OK(doc.status());
  if (!doc.ok()) return 0;
  std::string plain = PlainText(SplitSummary(doc->html).content);
  AutoSummary(plain, 70, false);
  return doc->html.size() +
         TableOfContents(doc->headings, 1, -1, false).size();
}

TEST(Pathological, OutputGrowsLinearly) {
  constexpr int kSmall = 4000, kLarge = 8000;
  for (const Pattern& p : kPatterns) {
    const std::string small = Repeat(p, kSmall), large = Repeat(p, kLarge);
    const size_t out_small = RenderedSize(small), out_large = RenderedSize(large);
    EXPECT_LE(out_large, 2 * out_small + 4096) << p.name;
    EXPECT_LE(out_large, 64 * large.size() + 4096) << p.name;
  }
}

}  // namespace
}  // namespace kiln::markdown
