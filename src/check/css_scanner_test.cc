#include "check/css_scanner.h"

#include <gtest/gtest.h>

namespace kiln::check {
namespace {

std::string Scan(std::string_view css, int line = 1, int column = 1) {
  std::vector<Reference> refs;
  ScanCss(css, line, column, &refs);
  std::string out;
  for (const Reference& r : refs) {
    out += std::to_string(r.line) + ":" + std::to_string(r.column) + " " + r.url + "\n";
  }
  return out;
}

TEST(ScanCssTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"a{background:url(x.png)}", "1:14 x.png\n"},
      {"a{background:URL( 'y z.png' )}", "1:14 y z.png\n"},
      {"a{b:url(\"q.png\")}\nb{c:url(r.png)}", "1:5 q.png\n2:5 r.png\n"},
      {"@import \"base.css\";\n@import url(more.css) screen;", "1:1 base.css\n2:9 more.css\n"},
      {"@IMPORT 'x.css';", "1:1 x.css\n"},
      {"/* url(no.png) */ a{}", ""},
      {"a{content:\"url(no.png)\"}", ""},
      {"a{b:url()}", ""},
      {"a{b:url(a\\).png)}", "1:5 a).png\n"},
      {"/* unterminated", ""},
      {"a{b:url(unterminated", "1:5 unterminated\n"},
  };
  for (const auto& [css, want] : cases) EXPECT_EQ(Scan(css), want) << css;
}

TEST(ScanCssTest, OffsetsInlineStyles) {
  EXPECT_EQ(Scan("background:url(a.png)", 7, 20), "7:31 a.png\n");
  EXPECT_EQ(Scan("\n  b{c:url(a.png)}", 3, 8), "4:7 a.png\n");
}

}  // namespace
}  // namespace kiln::check
