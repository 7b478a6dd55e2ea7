#include "hugo/shortcode_renderer.h"

#include <gtest/gtest.h>

#include "hugo/embedded_shortcodes.h"
#include "hugo/funcs/funcs.h"
#include "hugo/shortcode_templates.h"
#include "template/functions.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

// A page for shortcodes to read: answers Title, and Content (which a shortcode's .Page hides).
class FakePage final : public Object {
 public:
  std::string_view TypeName() const override { return "fake"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Title" || name == "Content") return Value::String(std::string(name));
    return NotFoundError(std::string(name));
  }
};

class ShortcodeRendererTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<TemplateSource> sources = {
        {"shortcodes/hello.html", "<em>hello {{ .Page.Title }}{{ .Page.Content }}</em>", "a"},
        {"shortcodes/lines.html", "one\ntwo\n", "b"},
        {"shortcodes/box.html", "<div>{{ .Inner }}</div>", "c"},
        {"shortcodes/box.en.html", "<div lang=en>{{ .Inner }}</div>", "d"},
        {"shortcodes/toc.html", "{{ .Page.TableOfContents }}", "e"},
        {"shortcodes/broken.html", "{{ errorf \"%s: %q is broken\" .Position .Name }}", "f"},
        {"shortcodes/pos.html",
         "{{ .Position.LineNumber }}:{{ .Position.ColumnNumber }} {{ .Position }}", "f"},
    };
    funcs_ = tmpl::NewBuiltinFuncMap();
    funcs::RegisterAllFuncs(&funcs_);
    for (TemplateSource& s : EmbeddedShortcodes(funcs_)) sources.push_back(std::move(s));
    auto scanned = ScanShortcodeTemplates(sources);
    ASSERT_OK_AND_ASSIGN(store_, TemplateStore::Build(std::move(sources), &funcs_));
    templates_ = std::make_unique<ShortcodeTemplates>(std::move(scanned), store_.get(), "en");
  }

  // Markdown source and expanded HTML (the Markdown step replaced by `to_html`).
  std::string Run(std::string_view body, std::string (*to_html)(std::string)) {
    ShortcodeDocument doc;
    ShortcodeParseError error;
    auto query = [&](std::string_view name) { return templates_->TakesInner(name); };
    if (!ParseShortcodes(body, query, &doc, &error)) return "parse error: " + error.message;
    ShortcodeRenderer r(&doc,
                        {templates_.get(), &page_, &markdown_, nullptr, nullptr, "content/a.md",
                         "/site/content/a.md", body, 3, nullptr, nullptr, ""});
    StatusOr<std::string> source = r.MarkdownSource();
    if (!source.ok()) return source.status().ToString();
    StatusOr<std::string> html = r.ExpandPlaceholders(to_html(*source), "<ul>toc</ul>");
    if (!html.ok()) return html.status().ToString();
    return *source + "|" + *html;
  }

  FakePage page_;
  markdown::MarkdownOptions markdown_;
  tmpl::FuncMap funcs_;
  std::unique_ptr<TemplateStore> store_;
  std::unique_ptr<ShortcodeTemplates> templates_;
};

std::string Same(std::string s) { return s; }
std::string Paragraph(std::string s) { return "<p>" + s + "</p>\n"; }

TEST_F(ShortcodeRendererTest, PlaceholdersAndParagraphs) {
  EXPECT_EQ(Run("{{< hello >}}", Paragraph), "HAHAHUGOSHORTCODEs0HBHB|<em>hello Title</em>\n");
  EXPECT_EQ(Run("a {{< hello >}} b", Paragraph),
            "a HAHAHUGOSHORTCODEs0HBHB b|<p>a <em>hello Title</em> b</p>\n");
  EXPECT_EQ(Run("{{% hello %}} {{< hello >}}", Same),
            "<em>hello Title</em> HAHAHUGOSHORTCODEs1HBHB|<em>hello Title</em> <em>hello "
            "Title</em>");
  EXPECT_EQ(Run("{{< toc >}}", Same), "HAHAHUGOSHORTCODEs0HBHB|<ul>toc</ul>");
}

TEST_F(ShortcodeRendererTest, IndentationAndVariants) {
  EXPECT_EQ(Run("- x\n  {{% lines %}}", Same), "- x\n  one\n  two\n|- x\n  one\n  two\n");
  EXPECT_EQ(Run("{{< box >}}in{{< /box >}}", Same),
            "HAHAHUGOSHORTCODEs0HBHB|<div lang=en>in</div>");
}

TEST_F(ShortcodeRendererTest, NestedMarkupRendersInnerMarkdown) {
  EXPECT_EQ(Run("{{< box >}}{{% box %}}*a*{{% /box %}}{{< /box >}}", Same),
            "HAHAHUGOSHORTCODEs0HBHB|<div lang=en><div lang=en><em>a</em></div></div>");
}

TEST_F(ShortcodeRendererTest, ErrorsNameThePosition) {
  EXPECT_EQ(Run("\n\nx {{< broken 1 >}}", Same),
            "content/a.md:6:3: failed to render shortcode \"broken\": failed to process "
            "shortcode: template: shortcodes/broken.html:1:3: executing \"shortcodes/broken.html\" "
            "at <errorf \"%s: %q is broken\" .Position .Name>: error calling errorf: "
            "\"/site/content/a.md:6:3\": \"broken\" is broken");
}

TEST_F(ShortcodeRendererTest, Position) {
  // Calls nested in another point at the start of the file, as in Hugo.
  EXPECT_EQ(Run("\n x {{< pos >}} {{< box >}}{{< pos >}}{{< /box >}}", Same),
            "\n x HAHAHUGOSHORTCODEs0HBHB HAHAHUGOSHORTCODEs1HBHB|\n x 5:4 "
            "&#34;/site/content/a.md:5:4&#34; <div lang=en>1:1 &#34;/site/content/a.md:1:1&#34;"
            "</div>");
}

TEST(ShortcodeTemplatesTest, UsesInner) {
  EXPECT_TRUE(TemplateUsesInner("{{ .Inner }}"));
  EXPECT_TRUE(TemplateUsesInner("{{- $.InnerDeindent | markdownify -}}"));
  EXPECT_TRUE(TemplateUsesInner("{{ with .Inner }}{{ . }}{{ end }}"));
  EXPECT_FALSE(TemplateUsesInner("{{ .Innerx }}"));
  EXPECT_FALSE(TemplateUsesInner("{{/* .Inner */}} .Inner"));
  EXPECT_FALSE(TemplateUsesInner("{{ .Get 0 }}"));
}

}  // namespace
}  // namespace kiln::hugo
