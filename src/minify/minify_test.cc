#include "minify/minify.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::minify {
namespace {

TEST(KindForMediaTypeTest, HugoDefaults) {
  struct Case {
    std::string_view media_type;
    Kind want;
  };
  const Case kCases[] = {
      {"text/css", Kind::kCss},
      {"text/html", Kind::kHtml},
      {"text/html; charset=utf-8", Kind::kHtml},
      {"  text/css;charset=utf-8", Kind::kCss},
      {"application/javascript", Kind::kJs},
      {"text/javascript", Kind::kJs},
      {"application/x-javascript", Kind::kJs},
      {"text/ecmascript", Kind::kJs},
      {"application/json", Kind::kJson},
      {"application/ld+json", Kind::kJson},
      {"application/manifest+json", Kind::kJson},
      {"text/x-json", Kind::kJson},
      {"image/svg+xml", Kind::kSvg},
      {"application/xml", Kind::kXml},
      {"application/rss+xml", Kind::kXml},
      {"text/plain", Kind::kNone},
      {"application/x-ld+json", Kind::kNone},
      {"text/jsx", Kind::kNone},
      {"TEXT/CSS", Kind::kNone},
      {"", Kind::kNone},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(KindForMediaType(c.media_type), c.want) << c.media_type;
  }
}

TEST(KindForSuffixTest, SiteDefinedTypes) {
  EXPECT_EQ(KindForSuffix("xml"), Kind::kXml);
  EXPECT_EQ(KindForSuffix("html"), Kind::kHtml);
  EXPECT_EQ(KindForSuffix("json"), Kind::kJson);
  EXPECT_EQ(KindForSuffix("txt"), Kind::kNone);
}

TEST(MinifyTest, UnknownMediaTypeIsAnError) {
  StatusOr<std::string> got = Minify("text/plain; charset=utf-8", "x");
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().message(), "minifier does not exist for mimetype \"text/plain\"");
}

TEST(MinifyTest, JavaScriptIsMinifiedAsHugoDoes) {
  StatusOr<std::string> got =
      Minify("text/javascript",
             "/* header */\nvar a = 1 ;  // note\nfunction f ( x ) {\n  return x + +a;\n}\n");
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(*got, "var a=1;function f(e){return e+ +a}");
}

}  // namespace
}  // namespace kiln::minify
