#include "hugo/post_render.h"

#include <gtest/gtest.h>

namespace kiln::hugo {
namespace {

PostRenderOptions Options(bool canonify, bool relative, bool generator = true) {
  PostRenderOptions o;
  o.canonify_urls = canonify;
  o.relative_urls = relative;
  o.inject_generator = generator;
  o.base_url = "https://example.com/sub/";
  return o;
}

// Expectations observed with hugo 0.111.3 (see testdata/sites_render/out_canonify and
// out_relative_urls).
TEST(PostRenderTest, CanonifyRewritesRootRelativeUrlAttributes) {
  struct Case {
    std::string in, want;
  };
  const Case cases[] = {
      {R"(<a href="/q">)", R"(<a href="https://example.com/sub/q">)"},
      {R"(<a href='/q'>)", R"(<a href='https://example.com/sub/q'>)"},
      {R"(<a href=/bare>)", R"(<a href=https://example.com/sub/bare>)"},
      {R"(<img src="/a.png" srcset="/a.png 1x, /b.png 2x">)",
       R"(<img src="https://example.com/sub/a.png" srcset="https://example.com/sub/a.png 1x, )"
       R"(https://example.com/sub/b.png 2x">)"},
      {R"(<form action="/act">)", R"(<form action="https://example.com/sub/act">)"},
      {R"(<a href="//cdn.example/x">)", R"(<a href="//cdn.example/x">)"},
      {R"(<a href="#f"><a href="z/">)", R"(<a href="#f"><a href="z/">)"},
      {R"(<a HREF="/u"><a href = "/s"><p data-x="/no">)",
       R"(<a HREF="/u"><a href = "/s"><p data-x="/no">)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PostRender(c.in, OutputRole::kHtml, "a/index.html", Options(true, false)), c.want)
        << c.in;
  }
}

TEST(PostRenderTest, RelativeUrlsClimbToTheRootFromTheOutputFile) {
  struct Case {
    std::string path, want;
  };
  const Case cases[] = {
      {"index.html", R"(<a href="./x/">)"},
      {"a/index.html", R"(<a href="../x/">)"},
      {"posts/deep/b/index.html", R"(<a href="../../../x/">)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PostRender(R"(<a href="/x/">)", OutputRole::kHtml, c.path, Options(false, true)),
              c.want)
        << c.path;
  }
}

TEST(PostRenderTest, RelativeUrlsWinOverCanonify) {
  EXPECT_EQ(PostRender(R"(<a href="/x/">)", OutputRole::kHtml, "a/index.html", Options(true, true)),
            R"(<a href="../x/">)");
}

TEST(PostRenderTest, FeedsAreLeftAlone) {
  EXPECT_EQ(PostRender(R"(<a href="/x/">)", OutputRole::kFeed, "index.xml", Options(true, false)),
            R"(<a href="/x/">)");
}

TEST(PostRenderTest, GeneratorOnlyOnTheHomePageOnceAndWhenEnabled) {
  const std::string page = "<html><head><title>t</title></head><head></head></html>";
  const std::string injected =
      "<html><head>\n\t<meta name=\"generator\" content=\"Hugo 0.111.3\"><title>t</title>"
      "</head><head></head></html>";
  EXPECT_EQ(PostRender(page, OutputRole::kHomeHtml, "index.html", Options(false, false)), injected);
  EXPECT_EQ(PostRender(page, OutputRole::kHtml, "a/index.html", Options(false, false)), page);
  EXPECT_EQ(PostRender(page, OutputRole::kHomeHtml, "index.html", Options(false, false, false)),
            page);
  EXPECT_EQ(InjectGenerator(injected), injected);
  EXPECT_EQ(InjectGenerator("<html></html>"), "<html></html>");
}

}  // namespace
}  // namespace kiln::hugo
