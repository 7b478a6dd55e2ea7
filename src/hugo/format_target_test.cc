#include "hugo/format_target.h"

#include <gtest/gtest.h>

namespace kiln::hugo {
namespace {

OutputFormat Format(std::string base, std::string suffix, std::string path = "",
                    bool no_ugly = false) {
  OutputFormat f;
  f.name = "x";
  f.base_name = std::move(base);
  f.suffix = std::move(suffix);
  f.path = std::move(path);
  f.no_ugly = no_ugly;
  return f;
}

Page MakePage(PageKind kind, std::string target_dir, std::string url = "") {
  Page p;
  p.kind = kind;
  p.target_dir = std::move(target_dir);
  p.meta.url = std::move(url);
  return p;
}

TEST(FormatTargetTest, PathsAndLinksAsHugo) {
  struct Case {
    Page page;
    OutputFormat format;
    bool ugly;
    std::string lang_prefix;
    std::string want_path;
    std::string want_link;
  };
  const Case cases[] = {
      {MakePage(PageKind::kPage, "posts/a/"), Format("data", "kln"), false, "", "posts/a/data.kln",
       "/sub/posts/a/data.kln"},
      {MakePage(PageKind::kPage, "posts/a/"), Format("data", "kln", "exports"), false, "",
       "exports/posts/a/data.kln", "/sub/exports/posts/a/data.kln"},
      {MakePage(PageKind::kSection, "docs/"), Format("data", "kln", "exports"), false, "",
       "docs/exports/data.kln", "/sub/docs/exports/data.kln"},
      {MakePage(PageKind::kHome, ""), Format("data", "kln", "exports"), true, "",
       "exports/data.kln", "/sub/exports/data.kln"},
      {MakePage(PageKind::kHome, ""), Format("index", "html", "amp"), false, "", "amp/index.html",
       "/sub/amp/"},
      {MakePage(PageKind::kPage, "custom/b/", "/custom/b/"), Format("index", "html", "amp"), true,
       "", "amp/custom/b/index.html", "/sub/amp/custom/b/"},
      {MakePage(PageKind::kPage, "posts/a/"), Format("data", "kln"), true, "", "posts/a.kln",
       "/sub/posts/a.kln"},
      {MakePage(PageKind::kSection, "docs/"), Format("index", "html", "amp"), true, "",
       "docs/amp.html", "/sub/docs/amp.html"},
      {MakePage(PageKind::kSection, "docs/"), Format("index", "m1", "nu", true), true, "",
       "docs/nu/index.m1", "/sub/docs/nu/index.m1"},
      {MakePage(PageKind::kPage, "fr/posts/a/"), Format("data", "kln", "exports"), false, "fr/",
       "fr/exports/posts/a/data.kln", "/sub/fr/exports/posts/a/data.kln"},
  };
  for (const Case& c : cases) {
    ContentOptions o;
    o.base_url_path = "/sub/";
    o.ugly_urls = c.ugly;
    o.lang_prefix = c.lang_prefix;
    FormatTarget t = FormatTargetFor(c.page, c.format, o);
    EXPECT_EQ(t.path, c.want_path) << c.want_path;
    EXPECT_EQ(t.rel_link, c.want_link) << c.want_path;
  }
}

// A `url` with a dot names the file every format writes (under the format's `path`); links
// come out URL-escaped; resources go beside each format's output.
TEST(FormatTargetTest, UrlFilesEscapedLinksAndResourceDirs) {
  struct Case {
    Page page;
    OutputFormat format;
    std::string want_path, want_link, want_dir;
  };
  Page dotted = MakePage(PageKind::kPage, "docs/v1.2/", "/docs/v1.2/page.html");
  dotted.html_path = "docs/v1.2/page.html";
  const Case cases[] = {
      {dotted, Format("data", "json", "v1.0/api"), "v1.0/api/docs/v1.2/page.html",
       "/sub/v1.0/api/docs/v1.2/page.html", "v1.0/api/docs/v1.2/"},
      {dotted, Format("index", "json"), "docs/v1.2/page.html", "/sub/docs/v1.2/page.html",
       "docs/v1.2/"},
      {MakePage(PageKind::kPage, "posts/caf\u00e9/"), Format("index", "json"),
       "posts/caf\u00e9/index.json", "/sub/posts/caf%C3%A9/index.json", "posts/caf\u00e9/"},
      {MakePage(PageKind::kPage, "posts/a/"), Format("data", "kln", "exports"),
       "exports/posts/a/data.kln", "/sub/exports/posts/a/data.kln", "exports/posts/a/"},
      {MakePage(PageKind::kSection, "docs/"), Format("data", "kln", "exports"),
       "docs/exports/data.kln", "/sub/docs/exports/data.kln", "docs/exports/"},
  };
  for (const Case& c : cases) {
    ContentOptions o;
    o.base_url_path = "/sub/";
    FormatTarget t = FormatTargetFor(c.page, c.format, o);
    EXPECT_EQ(t.path, c.want_path) << c.want_path;
    EXPECT_EQ(t.rel_link, c.want_link) << c.want_path;
    EXPECT_EQ(t.resource_dir, c.want_dir) << c.want_path;
  }
}

}  // namespace
}  // namespace kiln::hugo
