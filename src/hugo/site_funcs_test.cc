#include "hugo/site_funcs.h"

#include <gtest/gtest.h>

#include "template/template_set.h"
#include "testing/status_matchers.h"

namespace kiln::hugo {
namespace {

// Expectations from hugo 0.111.3.
TEST(SiteFuncsTest, RelAndAbsUrl) {
  struct Case {
    const char* base;
    const char* in;
    const char* rel;
    const char* abs;
  } cases[] = {
      {"https://example.com/", "css/style.css", "/css/style.css",
       "https://example.com/css/style.css"},
      {"https://example.com/", "/css/style.css", "/css/style.css",
       "https://example.com/css/style.css"},
      {"https://example.com/", "", "/", "https://example.com/"},
      {"https://example.com/", "#x", "/#x", "https://example.com/"},
      {"https://example.com/", "?q=1", "/?q=1", "https://example.com/"},
      {"https://example.com/", "https://example.com/a", "/a", "https://example.com/a"},
      {"https://example.com/", "https://other.org/x", "https://other.org/x", "https://other.org/x"},
      {"https://example.com/", "//cdn.example.net/a.js", "//cdn.example.net/a.js",
       "//cdn.example.net/a.js"},
      {"https://example.com/sub/", "posts", "/sub/posts", "https://example.com/sub/posts"},
      {"https://example.com/sub/", "posts/", "/sub/posts/", "https://example.com/sub/posts/"},
      {"https://example.com/sub/", "/posts", "/posts", "https://example.com/posts"},
      {"https://example.com/sub/", "/posts/", "/posts/", "https://example.com/posts/"},
      {"https://example.com/sub/", "/sub/posts", "/sub/posts", "https://example.com/sub/posts"},
      {"https://example.com/sub/", "/", "/", "https://example.com/"},
      {"https://example.com/sub/", "", "/sub/", "https://example.com/sub/"},
      {"https://example.com/sub/", "/sub", "/sub", "https://example.com/sub"},
      {"https://example.com/sub/", "https://example.com/sub/a/", "/sub/a/",
       "https://example.com/sub/a/"},
      {"https://example.com/sub/", "https://example.com/sub", "https://example.com/sub",
       "https://example.com/sub"},
      {"https://example.com/sub/", "#x", "/sub/#x", "https://example.com/sub"},
      {"https://example.com/sub/", "/a#x", "/a#x", "https://example.com/a"},
      {"https://example.com/sub/", "/#x", "/#x", "https://example.com/"},
      {"https://example.com/sub/", "?q=1", "/sub/?q=1", "https://example.com/sub"},
      {"https://example.com/sub/", "posts?x=1", "/sub/posts?x=1", "https://example.com/sub/posts"},
      {"https://example.com/sub/", "posts#y", "/sub/posts#y", "https://example.com/sub/posts"},
      {"https://example.com/sub/", "posts/?x=1", "/sub/posts/?x=1",
       "https://example.com/sub/posts/"},
      {"https://example.com/sub/", "/posts?x=1", "/posts?x=1", "https://example.com/posts"},
      {"https://example.com/sub/", "mailto:a@b", "/sub/mailto:a@b", "mailto:a@b"},
      {"https://example.com/sub/", "ftp://h/x", "/sub/ftp:/h/x", "ftp://h/x"},
      {"https://example.com/sub/", "./a", "/sub/a", "https://example.com/sub/a"},
      {"https://example.com/sub/", "../a", "/a", "https://example.com/a"},
      {"https://example.com/sub/", "a/../b", "/sub/b", "https://example.com/sub/b"},
      {"https://example.com/sub/", "https://example.com/sub/", "/sub", "https://example.com/sub/"},
      {"https://example.com/sub/", "a b/", "/sub/a b/", "https://example.com/sub/a%20b/"},
      {"https://example.com/sub/", "\xC3\xA9(!)", "/sub/\xC3\xA9(!)",
       "https://example.com/sub/%C3%A9%28%21%29"},
      {"https://example.com/sub/", "a%20b", "/sub/a%20b", "https://example.com/sub/a%20b"},
      {"https://example.com/sub/", "a%zz", "/sub/a%zz", "a%zz"},
      {"https://example.com/sub/", "1:x", "/sub/1:x", "1:x"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RelUrl(c.base, c.in), c.rel) << c.base << " " << c.in;
    EXPECT_EQ(AbsUrl(c.base, c.in), c.abs) << c.base << " " << c.in;
  }
}

// With canonifyURLs hugo's relURL leaves out the baseURL's path (canonifying adds it back).
TEST(SiteFuncsTest, RelUrlWhenCanonifying) {
  struct Case {
    std::string in, want;
  };
  const Case cases[] = {
      {"x/", "/x/"}, {"/x/", "/x/"}, {"", "/"}, {"https://o.org/y", "https://o.org/y"}};
  for (const Case& c : cases) {
    EXPECT_EQ(RelUrl("https://example.org/sub/", c.in, true), c.want) << c.in;
  }
}

// Expectations from hugo 0.111.3 for a site at https://example.com/docs/ in English (at
// the root) and French ("fr/").
TEST(SiteFuncsTest, LangUrl) {
  struct Case {
    const char* prefix;
    const char* in;
    const char* rel;
    const char* abs;
  } cases[] = {
      {"", "/a/", "/a/", "https://example.com/a/"},
      {"fr/", "/a/", "/fr/a/", "https://example.com/fr/a/"},
      {"fr/", "/docs/x", "/fr/docs/x", "https://example.com/fr/docs/x"},
      {"", "a", "/docs/a", "https://example.com/docs/a"},
      {"fr/", "a", "/docs/fr/a", "https://example.com/docs/fr/a"},
      {"fr/", "", "/docs/fr/", "https://example.com/docs/fr/"},
      {"", "https://example.com/docs/x", "/docs/x", "https://example.com/docs/x"},
      {"fr/", "https://example.com/docs/x", "/docs/fr/x", "https://example.com/docs/x"},
      {"fr/", "http://o.org/x", "http://o.org/x", "http://o.org/x"},
      {"fr/", "#", "/docs/fr/#", "https://example.com/docs/fr/"},
      {"fr/", "?q=1", "/docs/fr/?q=1", "https://example.com/docs/fr/"},
      {"fr/", "fr/x", "/docs/fr/x", "https://example.com/docs/fr/x"},
      {"fr/", "/fr/x", "/fr/x", "https://example.com/fr/x"},
      {"fr/", "fr", "/docs/fr", "https://example.com/docs/fr"},
      {"fr/", "https://example.com/docs/fr/", "/docs/fr/fr/", "https://example.com/docs/fr/"},
      {"fr/", "https://example.com/docs/", "/docs/fr", "https://example.com/docs/"},
      {"fr/", "../x", "/docs/x", "https://example.com/docs/x"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(LangUrl("https://example.com/docs/", c.prefix, c.in, false), c.rel) << c.in;
    EXPECT_EQ(LangUrl("https://example.com/docs/", c.prefix, c.in, true), c.abs) << c.in;
  }
}

TEST(SiteFuncsTest, PartialRunsATemplateOfTheSet) {
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  RegisterSiteFuncs("https://example.com/blog/", "", &funcs);
  tmpl::TemplateSet set(&funcs);
  ASSERT_OK(set.Parse("partials/link.html", "<a href=\"{{ relURL . }}\">{{ . }}</a>"));
  ASSERT_OK(set.Parse("page.html", "{{ partial \"link.html\" \"about/\" }}|{{ absURL \"x\" }}"));
  ASSERT_OK(set.EscapeHTML("page.html"));
  std::string out;
  ASSERT_OK(set.Execute("page.html", Value(), &out));
  EXPECT_EQ(out, "<a href=\"/blog/about/\">about/</a>|https://example.com/blog/x");

  ASSERT_OK(set.Parse("missing.html", "{{ partial \"nope.html\" . }}"));
  out.clear();
  Status s = set.Execute("missing.html", Value(), &out);
  EXPECT_NE(s.message().find("partial \"nope.html\" not found"), std::string::npos) << s.message();
}

TEST(SiteFuncsTest, TemplatesExists) {
  tmpl::FuncMap funcs = tmpl::NewBuiltinFuncMap();
  RegisterSiteFuncs("https://example.com/", "", &funcs);
  tmpl::TemplateSet set(&funcs);
  ASSERT_OK(set.Parse("partials/card.html", "card"));
  ASSERT_OK(set.Parse("page.html",
                      "{{ templates.Exists \"partials/card.html\" }} "
                      "{{ templates.Exists \"partials/nope.html\" }}"));
  std::string out;
  ASSERT_OK(set.Execute("page.html", Value(), &out));
  EXPECT_EQ(out, "true false");
}

}  // namespace
}  // namespace kiln::hugo
