#include "check/feed_scanner.h"

#include <gtest/gtest.h>

namespace kiln::check {
namespace {

std::string Refs(const FileFacts& f) {
  std::string out;
  for (const Reference& r : f.refs) {
    out += std::to_string(r.line) + ":" + std::to_string(r.column) + " " + r.url + "\n";
  }
  for (const Finding& e : f.findings) {
    out += std::to_string(e.line) + ":" + std::to_string(e.column) + " " + e.message + "\n";
  }
  return out;
}

TEST(ScanFeedTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
       "<url><loc>https://e.org/a/</loc></url>\n<url><loc> https://e.org/b/ </loc></url>\n"
       "</urlset>",
       "3:7 https://e.org/a/\n4:7 https://e.org/b/\n"},
      {"<sitemapindex><sitemap><loc>https://e.org/en/sitemap.xml</loc></sitemap></sitemapindex>",
       "1:25 https://e.org/en/sitemap.xml\n"},
      {"<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>\n"
       "<link>https://e.org/</link>\n<atom:link href=\"https://e.org/index.xml\" rel=\"self\"/>\n"
       "<item><link>https://e.org/p/</link><guid>https://e.org/p/</guid></item>\n"
       "</channel></rss>",
       "2:2 https://e.org/\n3:2 https://e.org/index.xml\n4:8 https://e.org/p/\n"},
      {"<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<link href=\"https://e.org/\"/>\n"
       "<entry><link rel=\"alternate\" href=\"/p/\"/></entry></feed>",
       "2:2 https://e.org/\n3:9 /p/\n"},
      {"<config><link>not a feed</link></config>", ""},
      {"<urlset>\n<url><loc>x</url>", "2:14 malformed XML: Start-end tags mismatch\n"},
  };
  for (const auto& [xml, want] : cases) EXPECT_EQ(Refs(ScanFeed("f.xml", xml)), want) << xml;
}

}  // namespace
}  // namespace kiln::check
