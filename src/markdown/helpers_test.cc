// Table-driven tests of the small pure functions: anchors, escaping, linkify matching, content
// helpers and markdownify's inline mode. Expectations follow hugo 0.111.3 (anchorize,
// markdownify) and goldmark 1.5.4.
#include <gtest/gtest.h>

#include <string>

#include "markdown/anchorize.h"
#include "markdown/content_helpers.h"
#include "markdown/html_escape.h"
#include "markdown/linkify.h"
#include "markdown/markdown.h"
#include "testing/status_matchers.h"

namespace kiln::markdown {
namespace {

TEST(Anchorize, AllTypes) {
  struct Case {
    const char* text;
    HeadingIdType type;
    const char* want;
  };
  const Case cases[] = {
      {"Hello, World!", HeadingIdType::kGithub, "hello-world"},
      {"C++ tips & tricks", HeadingIdType::kGithub, "c-tips--tricks"},
      {"Ünïcode Tïtle 日本語", HeadingIdType::kGithub, "ünïcode-tïtle-日本語"},
      {"under_score", HeadingIdType::kGithub, "under_score"},
      {"Go 1.19 Änd MORE", HeadingIdType::kGithub, "go-119-änd-more"},
      {"Ünïcode Tïtle 日本語", HeadingIdType::kGithubAscii, "unicode-title-"},
      {"Café crème", HeadingIdType::kGithubAscii, "cafe-creme"},
      {" a  b ", HeadingIdType::kGithub, "a--b"},
      {"\ttrail ", HeadingIdType::kGithubAscii, "trail"},
      {"Hello, World!", HeadingIdType::kBlackfriday, "hello-world"},
      {"  --a--b--  ", HeadingIdType::kBlackfriday, "a-b"},
      {"under_score", HeadingIdType::kBlackfriday, "under-score"},
  };
  for (const Case& c : cases) EXPECT_EQ(Anchorize(c.text, c.type), c.want) << c.text;
}

TEST(HeadingIdFactory, DeduplicatesAndReserves) {
  HeadingIdFactory ids(HeadingIdType::kGithub);
  ids.Reserve("intro-1");
  EXPECT_EQ(ids.Generate("Intro"), "intro");
  EXPECT_EQ(ids.Generate("Intro"), "intro-2");
  EXPECT_EQ(ids.Generate("  "), "heading");
  EXPECT_EQ(ids.Generate("!!"), "heading-1");
  // Only ASCII white space is trimmed, never a byte of a multi-byte rune.
  EXPECT_EQ(ids.Generate(" Voil\u00e0\t"), "voil\u00e0");
  EXPECT_EQ(ids.Generate("\u00c7\u00e0"), "\u00e7\u00e0");
}

TEST(Escape, HtmlAndUrl) {
  std::string out;
  AppendEscapedHtml("a<b>&\"c'", &out);
  EXPECT_EQ(out, "a&lt;b&gt;&amp;&quot;c'");
  out.clear();
  AppendEscapedHtmlGo("a<b>&\"c'", &out);
  EXPECT_EQ(out, "a&lt;b&gt;&amp;&#34;c&#39;");
  out.clear();
  AppendEscapedUrl("/a b/ü?q=%41&r=%zz&s=%4z\\", &out);
  EXPECT_EQ(out, "/a%20b/%C3%BC?q=%41&r=%25zz&s=%4z%5C");  // goldmark checks one hex digit
  EXPECT_TRUE(IsDangerousUrl("javascript:alert(1)"));
  EXPECT_TRUE(IsDangerousUrl("data:text/html,x"));
  EXPECT_FALSE(IsDangerousUrl("data:image/png;base64,xx"));
  EXPECT_FALSE(IsDangerousUrl("https://example.com"));
}

TEST(Linkify, Matches) {
  struct Case {
    const char* line;
    size_t length;  // 0: no match
  };
  const Case cases[] = {
      {"https://example.com/a.", 21}, {"www.example.org, more", 15},
      {"http://x.com/(a)b)", 17},     {"https://example.com/*star*", 20},
      {"foo@example.com.", 15},       {"mailto:x@y.com", 0},
      {"http://localhost", 0},        {"https://e.com/a&amp;", 15},
  };
  for (const Case& c : cases) {
    LinkifyMatch m;
    bool ok = MatchLinkify(c.line, true, &m);
    EXPECT_EQ(ok ? m.length : 0, c.length) << c.line;
  }
}

TEST(ContentHelpers, PlainTextAndCounts) {
  const std::string plain =
      PlainText("<p>One <em>two</em>\nthree.</p>\n<p>Four&amp;five<br>six</p>\n");
  EXPECT_EQ(plain, "One two three.\nFour&amp;five\nsix\n");
  EXPECT_EQ(PlainWords(plain).size(), 5u);
  EXPECT_EQ(WordCount(plain, false), 5);
  EXPECT_EQ(WordCount("日本語 abc", true), 4);
  EXPECT_EQ(FuzzyWordCount(5), 100);
  EXPECT_EQ(FuzzyWordCount(100), 200);
  EXPECT_EQ(ReadingTime(213, false), 1);
  EXPECT_EQ(ReadingTime(214, false), 2);
  EXPECT_EQ(PlainText("no tags\n\nhere"), "no tags\n\nhere");
}

TEST(ContentHelpers, PlainTextEdges) {
  struct Case {
    std::string html, plain;
    int words;
  };
  const Case cases[] = {
      {"<p>a <!-- c</p> --> b</p>", "a b\n", 2},
      {"<p>x <a title=\"a>b\">y</a></p>", "x y\n", 2},
      {"<p>1 < 2 and 3 > 2</p>", "1 < 2 and 3 > 2\n", 7},
      {"<p>a\u00a0\u00a0b\u3000\u3000 c</p>", "a\u00a0b\u3000c\n", 3},
      // Go's unicode.IsSpace: figure and narrow no-break spaces too.
      {"<p>a\u2007\u2007b\u202f\u202fc\u1680d e</p>", "a\u2007b\u202fc\u1680d e\n", 5},
      {"<p>trailing <b", "trailing ", 1},
      {"<p>a<br />b<br>c</p>\n\n<p>d</p>", "a\nb\nc\nd\n", 4},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PlainText(c.html), c.plain) << c.html;
    EXPECT_EQ(WordCount(c.plain, false), c.words) << c.html;
    EXPECT_EQ(WordCount(c.plain, false), static_cast<int>(PlainWords(c.plain).size())) << c.html;
  }
}

TEST(ContentHelpers, AutoSummary) {
  AutoSummaryResult r = AutoSummary("one two three. four five", 2, false);
  EXPECT_EQ(r.summary, "one two three.");
  EXPECT_TRUE(r.truncated);
  r = AutoSummary("short", 70, false);
  EXPECT_EQ(r.summary, "short");
  EXPECT_FALSE(r.truncated);
  r = AutoSummary("日本語の文章 です", 3, true);
  EXPECT_EQ(r.summary, "日本語");
  EXPECT_TRUE(r.truncated);
}

TEST(ContentHelpers, SummaryDivider) {
  DividedSource d = ReplaceSummaryDivider("a\n\n<!--more-->\n\nb\n");
  EXPECT_TRUE(d.found);
  EXPECT_TRUE(d.truncated);
  ASSERT_OK_AND_ASSIGN(RenderedDocument doc, RenderMarkdown(d.source, MarkdownOptions()));
  SplitContent split = SplitSummary(doc.html);
  EXPECT_EQ(split.summary, "<p>a</p>");
  EXPECT_EQ(split.content, "<p>a</p>\n<p>b</p>");
  EXPECT_FALSE(ReplaceSummaryDivider("a <!--more--> \n").truncated);
}

TEST(RenderInline, StripsLoneParagraph) {
  struct Case {
    const char* markdown;
    const char* want;
  };
  const Case cases[] = {
      {"**bold** text", "<strong>bold</strong> text"},
      {"two\n\nparagraphs", "<p>two</p>\n<p>paragraphs</p>\n"},
      {"# Heading", "<h1 id=\"heading\">Heading</h1>\n"},
      {"", ""},
  };
  for (const Case& c : cases) {
    ASSERT_OK_AND_ASSIGN(std::string html, RenderInline(c.markdown, MarkdownOptions()));
    EXPECT_EQ(html, c.want) << c.markdown;
  }
}

TEST(Options, SetFromConfigKeys) {
  MarkdownOptions o;
  ASSERT_OK(SetMarkdownOption("goldmark.renderer.unsafe", "true", &o));
  ASSERT_OK(SetMarkdownOption("goldmark.parser.autoHeadingIDType", "github-ascii", &o));
  ASSERT_OK(SetMarkdownOption("tableOfContents.endLevel", "4", &o));
  EXPECT_TRUE(o.unsafe);
  EXPECT_EQ(o.auto_heading_id_type, HeadingIdType::kGithubAscii);
  EXPECT_EQ(o.toc_end_level, 4);
  EXPECT_EQ(SetMarkdownOption("goldmark.renderer.unsafe", "yes", &o).message(),
            "markup.goldmark.renderer.unsafe: want true or false, got yes");
  EXPECT_EQ(SetMarkdownOption("goldmark.nope", "1", &o).code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace kiln::markdown
