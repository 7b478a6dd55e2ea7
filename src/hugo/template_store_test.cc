#include "hugo/template_store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "hugo/layout_lookup.h"
#include "hugo/test_helpers.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

TEST(TemplateStoreTest, SiteLayoutsHideThemeLayouts) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/layouts/_default/single.html", "site single"));
  ASSERT_OK(fs.WriteFile("themes/t/layouts/_default/single.html", "theme single"));
  ASSERT_OK(fs.WriteFile("themes/t/layouts/partials/head.html", "theme head"));
  ASSERT_OK_AND_ASSIGN(std::vector<TemplateSource> sources,
                       ReadLayouts(fs, {"site/layouts", "nowhere", "themes/t/layouts"}));
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0].name, "_default/single.html");
  EXPECT_EQ(sources[0].text, "site single");
  EXPECT_EQ(sources[0].file, "site/layouts/_default/single.html");
  EXPECT_EQ(sources[1].name, "partials/head.html");
  EXPECT_EQ(sources[1].file, "themes/t/layouts/partials/head.html");
}

// The cases were checked against hugo 0.111.3: the overlays render through baseof.html.
TEST(TemplateStoreTest, ReadErrorsAreReturned) {
  MemoryFileSystem mem;
  ASSERT_OK(mem.WriteFile("layouts/_default/single.html", "x"));
  FaultInjectingFileSystem fs(&mem, [](std::string_view op, const std::string& path) {
    return op == "read" && path == "layouts/_default/single.html";
  });
  auto sources = ReadLayouts(fs, {"layouts"});
  ASSERT_FALSE(sources.ok());
  EXPECT_EQ(sources.status().ToString(), "injected fault: read layouts/_default/single.html");
}

TEST(TemplateStoreTest, IsOverlayText) {
  struct Case {
    const char* text;
    bool want;
  } cases[] = {
      {R"({{ define "main" }}x{{ end }})", true},
      {"\n  {{- define \"main\" }}{{ end }}", true},
      {"{{/* a comment */}}\n{{ define \"main\" }}{{ end }}", true},
      {"{{- /* a comment */ -}}{{define \"main\"}}{{ end }}", true},
      {"<html>{{ define \"main\" }}{{ end }}", false},
      {"{{ block \"main\" . }}{{ end }}", false},
      {"{{/* c */}} {{/* d */}}{{define \"main\"}}x{{end}}", true},
      {"{{- /* c */}}{{define \"main\"}}x{{end}}", true},
      {"{{ .Title }}", false},
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsOverlayText(c.text), c.want) << c.text;
}

TEST(TemplateStoreTest, IsPlainTextTemplateName) {
  struct Case {
    const char* name;
    bool want;
  } cases[] = {
      {"_default/single.html", false},
      {"index.json", true},
      {"robots.txt", true},
      {"_default/list.json.html", true},
      {"_default/rss.xml", false},
      {"sitemap.xml", false},
      {"cal.ics", true},
      {"partials/x.html", false},
      {"README", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsPlainTextTemplateName(c.name), c.want) << c.name;
}

class StoreFixture : public ::testing::Test {
 protected:
  void Build(std::vector<TemplateSource> sources) {
    ASSERT_OK_AND_ASSIGN(store_, TemplateStore::Build(std::move(sources), &funcs_));
  }
  // Executes the layout for `d` in `format`, through its base if it has one.
  std::string Render(const LayoutDescriptor& d, const char* format, const Value& data) {
    return RunResolved(ResolveLayout(*store_, d, *FindBuiltinOutputFormat(format)), data);
  }

  tmpl::FuncMap funcs_ = tmpl::NewBuiltinFuncMap();
  std::unique_ptr<TemplateStore> store_;
};

TEST_F(StoreFixture, BaseofWithDefineAndBlock) {
  Build({
      {"_default/baseof.html",
       R"(<main>{{ block "main" . }}default{{ end }}</main>{{ block "foot" . }}F{{ end }})", "b"},
      {"_default/single.html", "{{ define \"main\" }}single {{ . }}{{ end }}", "s"},
      {"posts/baseof.html", "<posts>{{ block \"main\" . }}{{ end }}</posts>", "pb"},
      {"_default/list.html", "list only {{ . }}", "l"},
  });
  LayoutDescriptor page = Desc("page", "page", "", "en");
  EXPECT_EQ(Render(page, "HTML", Value::String("<x>")), "<main>single &lt;x&gt;</main>F");
  LayoutDescriptor post = Desc("page", "posts", "", "en");
  EXPECT_EQ(Render(post, "HTML", Value::String("a")), "<posts>single a</posts>");
  LayoutDescriptor home = Desc("home", "page", "", "en");
  EXPECT_EQ(Render(home, "HTML", Value::String("a&b")), "list only a&amp;b");
}

TEST_F(StoreFixture, SpecificThemeLayoutBeatsGeneralSiteLayout) {
  // As hugo 0.111.3 does: lookup order first, then site over theme for the same name.
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("layouts/_default/single.html", "site default"));
  ASSERT_OK(fs.WriteFile("themes/t/layouts/posts/single.html", "theme posts"));
  ASSERT_OK(fs.WriteFile("themes/t/layouts/_default/single.html", "theme default"));
  ASSERT_OK_AND_ASSIGN(std::vector<TemplateSource> sources,
                       ReadLayouts(fs, {"layouts", "themes/t/layouts"}));
  Build(std::move(sources));
  EXPECT_EQ(Render(Desc("page", "posts", "", "en"), "HTML", Value()), "theme posts");
  EXPECT_EQ(Render(Desc("page", "page", "", "en"), "HTML", Value()), "site default");
}

TEST_F(StoreFixture, OverlayWithoutBaseRendersNothing) {
  Build({{"_default/single.html", "{{ define \"main\" }}x{{ end }}", "s"}});
  EXPECT_EQ(Render(Desc("page", "page"), "HTML", Value()), "");
}

TEST_F(StoreFixture, PlainTextFormatsAreNotEscaped) {
  Build({
      {"index.json", R"({"t": {{ . }}})", "j"},
      {"index.html", "{{ . }}", "h"},
  });
  LayoutDescriptor home = Desc("home", "page", "", "en");
  EXPECT_EQ(Render(home, "JSON", Value::String("<b>")), R"({"t": <b>})");
  EXPECT_EQ(Render(home, "HTML", Value::String("<b>")), "&lt;b&gt;");
}

TEST_F(StoreFixture, PartialsAreEscapedEntries) {
  Build({
      {"partials/p.html", "<a title=\"{{ . }}\">{{ . }}</a>", "p"},
      {"shortcodes/s.html", "{{ . }}", "s"},
  });
  std::optional<ResolvedTemplate> p = store_->Find("partials/p.html");
  ASSERT_TRUE(p.has_value());
  std::string out;
  ASSERT_OK(p->set->Execute(p->name, Value::String("\"q\""), &out));
  EXPECT_EQ(out, "<a title=\"&#34;q&#34;\">&#34;q&#34;</a>");
  EXPECT_FALSE(store_->Find("partials/missing.html").has_value());
  EXPECT_TRUE(store_->Has("shortcodes/s.html"));
}

TEST_F(StoreFixture, MissingLayoutIsNotAnError) {
  Build({});
  EXPECT_EQ(Render(Desc("page", "page"), "HTML", Value()), "<none>");
}

TEST_F(StoreFixture, ParseErrorNamesTheFile) {
  auto store =
      TemplateStore::Build({{"_default/single.html", "{{ if }}", "layouts/x.html"}}, &funcs_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().ToString(),
            "template: _default/single.html:1: missing value for if\n  loading layouts/x.html");
}

}  // namespace
}  // namespace kiln::hugo
