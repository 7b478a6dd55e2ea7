#include "deploy/object_headers.h"

#include <gtest/gtest.h>

#include "deploy/html_references.h"

namespace kiln::deploy {
namespace {

TEST(ObjectHeadersTest, ContentTypes) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"index.html", "text/html; charset=utf-8"},
      {"a/B.HTML", "text/html; charset=utf-8"},
      {"css/main.css", "text/css; charset=utf-8"},
      {"js/app.js", "text/javascript; charset=utf-8"},
      {"index.xml", "application/xml; charset=utf-8"},
      {"feed.atom", "application/atom+xml; charset=utf-8"},
      {"data.json", "application/json; charset=utf-8"},
      {"logo.svg", "image/svg+xml; charset=utf-8"},
      {"photo.jpg", "image/jpeg"},
      {"font.woff2", "font/woff2"},
      {"doc.pdf", "application/pdf"},
      {"robots.txt", "text/plain; charset=utf-8"},
      {"CNAME", ""},
      {"x.unknownext", ""},
  };
  for (const auto& [path, type] : cases) EXPECT_EQ(ContentTypeFor(path), type) << path;
}

TEST(ObjectHeadersTest, DefaultCacheControl) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"css/main.3f2a9c1d.css", kImmutableCacheControl},
      {"js/app.min.5e0f8f6f0f2f47e8a1c1f0e7d1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4.js",
       kImmutableCacheControl},
      {"img/logo-3f2a9c1d4e.png", kImmutableCacheControl},
      {"css/main.css", kAssetCacheControl},
      {"css/main.min.css", kAssetCacheControl},
      {"img/1234567.png", kAssetCacheControl},  // 7 hex digits: not a fingerprint
      {"deadbeef.png", kAssetCacheControl},     // the whole name is not a fingerprint
      {"index.html", kPageCacheControl},
      {"posts/x/index.html", kPageCacheControl},
      {"index.xml", kPageCacheControl},
      {"sitemap.xml", kPageCacheControl},
      {"robots.txt", kPageCacheControl},
      {"404.html", kErrorPageCacheControl},
      {"fr/404.html", kErrorPageCacheControl},
  };
  for (const auto& [path, cc] : cases) EXPECT_EQ(DefaultCacheControl(path), cc) << path;
}

TEST(ObjectHeadersTest, Phases) {
  EXPECT_EQ(PhaseFor("img/a.png"), Phase::kAssets);
  EXPECT_EQ(PhaseFor("fonts/a.woff2"), Phase::kAssets);
  EXPECT_EQ(PhaseFor("css/a.css"), Phase::kStylesAndScripts);
  EXPECT_EQ(PhaseFor("js/a.mjs"), Phase::kStylesAndScripts);
  EXPECT_EQ(PhaseFor("index.html"), Phase::kPages);
  EXPECT_EQ(PhaseFor("index.xml"), Phase::kPages);
  EXPECT_EQ(PhaseFor("sitemap.xml"), Phase::kPages);
}

TEST(HtmlReferencesTest, LoadsAndLinks) {
  HtmlReferences refs = FindHtmlReferences(
      "<!-- <img src=ignored.png> -->"
      "<link rel=\"stylesheet\" href=\"/css/main.css?v=1\">"
      "<script src='../js/app.js'></script>"
      "<img src=pic.jpg srcset=\"pic-2x.jpg 2x, /img/pic-3x.jpg 3x\" alt=x>"
      "<a href=\"../\">up</a><a href=\"other/#frag\">o</a><a href=\"https://example.com/x\">ext</a>"
      "<a href=\"mailto:a@b.c\">m</a><a href=\"#top\">t</a><a href=\"//cdn.example/x.js\">c</a>"
      "<A HREF=\"a%20b.html\">space</A>",
      "blog/post/index.html");
  EXPECT_EQ(refs.loads,
            (std::vector<std::string>{"blog/js/app.js", "blog/post/pic-2x.jpg", "blog/post/pic.jpg",
                                      "css/main.css", "img/pic-3x.jpg"}));
  EXPECT_EQ(refs.links, (std::vector<std::string>{"blog/index.html", "blog/post/a b.html",
                                                  "blog/post/other/index.html"}));
}

}  // namespace
}  // namespace kiln::deploy
