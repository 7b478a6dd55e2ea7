#include "check/url_resolver.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace kiln::check {
namespace {

// A compact rendering of a ResolvedUrl: "internal a/b/ #frag" etc.
std::string Describe(const ResolvedUrl& r) {
  std::string out;
  switch (r.target) {
    case Target::kInternal:
      out = "internal " + r.path + (r.directory ? "/" : "");
      break;
    case Target::kExternal:
      out = "external";
      break;
    case Target::kSkip:
      out = "skip";
      break;
    case Target::kOutside:
      out = "outside";
      break;
  }
  if (r.has_fragment) out += " #" + r.fragment;
  if (r.insecure) out += " insecure";
  return out;
}

struct ResolveCase {
  const char* base;
  const char* page;
  const char* url;
  const char* want;
};

TEST(ResolveUrlTest, Table) {
  const ResolveCase cases[] = {
      {"https://example.org/", "index.html", "/posts/", "internal posts/"},
      {"https://example.org/", "index.html", "/", "internal /"},
      {"https://example.org/", "index.html", "", "internal index.html"},
      {"https://example.org/", "a/b/index.html", "#x", "internal a/b/index.html #x"},
      {"https://example.org/", "a/b/index.html", "?page=2#x", "internal a/b/index.html #x"},
      {"https://example.org/", "a/b/index.html", "../c/", "internal a/c/"},
      {"https://example.org/", "a/b/index.html", "..", "internal a/"},
      {"https://example.org/", "a/b/index.html", "img.png?v=3", "internal a/b/img.png"},
      {"https://example.org/", "a/b/index.html", "../../../x", "outside"},
      {"https://example.org/", "index.html", "/caf%C3%A9/", "internal caf\xC3\xA9/"},
      {"https://example.org/", "index.html", "/a%20b.pdf", "internal a b.pdf"},
      {"https://example.org/", "index.html", "/a/#sec%201", "internal a/ #sec 1"},
      {"https://example.org/", "index.html", "/bad%zz", "internal bad%zz"},
      {"https://example.org/", "index.html", "  /padded/  ", "internal padded/"},
      {"https://example.org/", "index.html", "https://example.org/x/", "internal x/"},
      {"https://example.org/", "index.html", "https://EXAMPLE.org:443/x", "internal x"},
      {"https://example.org/", "index.html", "http://example.org/x.png", "internal x.png insecure"},
      {"https://example.org/", "index.html", "//example.org/x.css", "internal x.css"},
      {"https://example.org/", "index.html", "https://other.org/x", "external"},
      {"https://example.org/", "index.html", "http://other.org/x", "external insecure"},
      {"https://example.org/", "index.html", "mailto:a@example.org", "skip"},
      {"https://example.org/", "index.html", "javascript:void(0)", "skip"},
      {"https://example.org/", "index.html", "data:image/png;base64,xx", "skip"},
      {"https://example.org/", "index.html", "tel:+123", "skip"},
      {"https://example.org/docs/", "index.html", "/docs/a/", "internal a/"},
      {"https://example.org/docs/", "index.html", "/docs", "internal /"},
      {"https://example.org/docs/", "index.html", "/other/", "outside"},
      {"https://example.org/docs/", "index.html", "https://example.org/other/", "external"},
      {"https://example.org/docs/", "index.html", "https://example.org/docs/a", "internal a"},
      {"", "index.html", "/a/", "internal a/"},
      {"", "index.html", "https://example.org/a/", "external"},
      {"", "index.html", "//cdn.example.org/x.js", "external"},
  };
  for (const ResolveCase& c : cases) {
    ASSERT_OK_AND_ASSIGN(BaseUrl base, ParseBaseUrl(c.base));
    EXPECT_EQ(Describe(ResolveUrl(c.url, c.page, base)), c.want)
        << "base " << c.base << " page " << c.page << " url " << c.url;
  }
}

TEST(ParseBaseUrlTest, SplitsHostAndPath) {
  ASSERT_OK_AND_ASSIGN(BaseUrl b, ParseBaseUrl("https://Example.org:8443/docs"));
  EXPECT_EQ(b.scheme, "https");
  EXPECT_EQ(b.host, "example.org:8443");
  EXPECT_EQ(b.path, "/docs/");
  ASSERT_OK_AND_ASSIGN(BaseUrl empty, ParseBaseUrl("/"));
  EXPECT_FALSE(empty.known());
  EXPECT_EQ(ParseBaseUrl("ftp://x/").status().message(),
            "baseURL \"ftp://x/\" is not an http(s) URL");
  EXPECT_EQ(ParseBaseUrl("https:x").status().message(), "baseURL \"https:x\" has no host");
}

}  // namespace
}  // namespace kiln::check
