// Render hooks and the code-block renderer as the markdown module drives them: what each hook
// sees, where its output goes, and what the table of contents keeps. Expectations follow
// hugo 0.111.3 with templates that print the same fields.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "markdown/markdown.h"
#include "testing/status_matchers.h"

namespace kiln::markdown {
namespace {

// Hooks that print what they see: links to /hooked, every image, level-2 headings.
class TestHooks : public RenderHooks {
 public:
  bool HandlesImages() const override { return true; }
  bool RenderLink(const LinkContext& link, std::string* out) const override {
    if (link.destination != "/hooked") return false;
    *out = "[" + std::string(link.text) + "|" + std::string(link.plain_text) + "|" +
           std::string(link.title) + "]";
    return true;
  }
  bool RenderImage(const LinkContext& image, std::string* out) const override {
    *out = "{img " + std::string(image.destination) + "|" + std::string(image.text) + "|" +
           std::string(image.plain_text) + "|" + std::string(image.title) + "|" +
           std::to_string(image.ordinal) + (image.is_block ? "|block}" : "}");
    return true;
  }
  bool RenderHeading(const HeadingContext& h, std::string* out) const override {
    if (h.level != 2) return false;
    *out = "<h2 hooked id=\"" + std::string(h.anchor) + "\">" + std::string(h.text) + "|" +
           std::string(h.plain_text) + "|";
    for (const auto& [name, value] : *h.attributes) *out += name + "=" + value + ";";
    *out += "</h2>";
    return true;
  }
};

TEST(RenderHooks, WhatEachHookSeesAndReplaces) {
  struct Case {
    const char* markdown;
    bool wrap_images;
    const char* html;
  };
  const std::vector<Case> cases = {
      {"[x *y*](/hooked \"T\") [z](/other)\n", true,
       "<p>[x <em>y</em>|x y|T] <a href=\"/other\">z</a></p>\n"},
      {"![a *b* &amp; c](/i.png \"t\") ![d](/j.png)\n", true,
       "<p>{img /i.png|a <em>b</em> &amp; c|a b & c|t|0} {img /j.png|d|d||1}</p>\n"},
      {"![alone](/a.png)\n\nText ![inline](/b.png)\n", false,
       "{img /a.png|alone|alone||0|block}<p>Text {img /b.png|inline|inline||1}</p>\n"},
      {"![alone](/a.png)\n", true, "<p>{img /a.png|alone|alone||0}</p>\n"},
      {"[![i](/i.png)](/hooked)\n", true, "<p>[{img /i.png|i|i||0}|i|]</p>\n"},
      // Hooks see destinations and titles as written, escapes and entities unresolved.
      {"![x](/a\\_b&amp;c \"t \\\"q\\\" &amp;\") [y](/hooked (p\\)))\n", true,
       "<p>{img /a\\_b&amp;c|x|x|t \\\"q\\\" &amp;|0} [y|y|p\\)]</p>\n"},
      {"![r][ref] [![n](/n.png)](/o\\*.png)\n\n[ref]: /r\\*s\n  'ti\\'t &copy;'\n", true,
       "<p>{img /r\\*s|r|r|ti\\'t &copy;|0} <a href=\"/o*.png\">{img /n.png|n|n||1}</a></p>\n"},
      {"## A *b* & c {.cls data-x=\"y\"}\n\n# C\n", true,
       "<h2 hooked id=\"a-b--c\">A <em>b</em> &amp; c|A b & c|class=cls;data-x=y;</h2>"
       "<h1 id=\"c\">C</h1>\n"},
  };
  for (const Case& c : cases) {
    MarkdownOptions options;
    options.wrap_standalone_image_within_paragraph = c.wrap_images;
    TestHooks hooks;
    ASSERT_OK_AND_ASSIGN(RenderedDocument doc,
                         RenderMarkdown(c.markdown, options, nullptr, &hooks));
    EXPECT_EQ(doc.html, c.html) << c.markdown;
  }
}

TEST(RenderHooks, TableOfContentsKeepsGoldmarkMarkup) {
  TestHooks hooks;
  ASSERT_OK_AND_ASSIGN(
      RenderedDocument doc,
      RenderMarkdown("## See [x](/hooked) and ![i](/i.png) ##\n\n### [y](/hooked)\n",
                     MarkdownOptions(), nullptr, &hooks));
  EXPECT_EQ(
      doc.html,
      "<h2 hooked id=\"see-xhooked-and-iipng\">See [x|x|] and {img /i.png|i|i||0}|See x and i|</h2>"
      "<h3 id=\"yhooked\">[y|y|]</h3>\n");
  ASSERT_EQ(doc.headings.size(), 2u);
  EXPECT_EQ(doc.headings[0].html,
            "See <a href=\"/hooked\">x</a> and <img src=\"/i.png\" alt=\"i\">");
  EXPECT_EQ(doc.headings[1].html, "<a href=\"/hooked\">y</a>");
}

// Records every fenced block it is given.
class RecordingCodeRenderer : public CodeBlockRenderer {
 public:
  void Render(const CodeBlock& block, std::string* out) const override {
    const SourcePosition at = FencePosition(block);
    out->append("[" + std::string(block.language) + "|" + std::string(block.info) + "|" +
                std::to_string(block.ordinal) + "|" + std::to_string(at.line) + ":" +
                std::to_string(at.column) + "]");
  }
};

TEST(CodeBlockRenderer, OrdinalAndPosition) {
  RecordingCodeRenderer code;
  ASSERT_OK_AND_ASSIGN(
      RenderedDocument doc,
      RenderMarkdown("Text\n\n```go {a=1}\nx\n```\n\n    indented\n\n- item\n\n  ~~~\n  y\n  ~~~\n"
                     "\n```\n\\*\n```\n",
                     MarkdownOptions(), &code, nullptr));
  EXPECT_EQ(doc.html,
            "<p>Text</p>\n[go|go {a=1}|0|3:1]<pre><code>indented\n</code></pre>\n"
            "<ul>\n<li>\n<p>item</p>\n[||1|11:3]</li>\n</ul>\n[||2|15:1]");
}

}  // namespace
}  // namespace kiln::markdown
