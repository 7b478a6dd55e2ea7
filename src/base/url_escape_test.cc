// GoUrlString against what hugo 0.111 prints for resource and page permalinks.
#include "base/url_escape.h"

#include <gtest/gtest.h>

namespace kiln {
namespace {

TEST(GoUrlStringTest, EscapesAsGoParseThenString) {
  struct Case {
    std::string_view in, want;
  };
  const Case cases[] = {
      {"https://example.org/sub/img/a b.css", "https://example.org/sub/img/a%20b.css"},
      {"/sub/img/café.css", "/sub/img/caf%C3%A9.css"},
      {"/img/a+b (1)[x]'.css", "/img/a+b%20%281%29%5Bx%5D%27.css"},
      // Valid escapes and characters Go allows keep the path as written.
      {"/img/q%3F#x.css", "/img/q%3F#x.css"},
      {"/img/(1)[x]!.css", "/img/(1)[x]!.css"},
      {"/img/%C3%A9 é", "/img/%C3%A9%20%C3%A9"},
      {"https://example.org", "https://example.org"},
      {"/plain/path.css?q=a b", "/plain/path.css?q=a b"},
  };
  for (const Case& c : cases) EXPECT_EQ(GoUrlString(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace kiln
