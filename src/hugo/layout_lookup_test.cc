#include "hugo/layout_lookup.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "base/strings.h"
#include "hugo/test_helpers.h"

namespace kiln::hugo {
namespace {

using ::testing::ElementsAre;

// One case of testdata/sites_hugo/layout_order.txt (tools/hugo/layout_order.sh): the
// files a site had and the order in which hugo 0.111.3 picked them.
struct OrderCase {
  std::string name;
  LayoutDescriptor descriptor;
  std::string format;
  std::string code_lang;  // for code block hooks
  bool hook = false;
  std::set<std::string> files;
  std::vector<std::string> hugo_order;
};

std::vector<std::string> Words(std::string_view line) {
  std::vector<std::string> out;
  std::istringstream in{std::string(line)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::vector<OrderCase> ReadOrderCases(const std::string& file) {
  std::ifstream in("testdata/sites_hugo/" + file);
  std::vector<OrderCase> cases;
  std::vector<std::string> types, names;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> w = Words(line);
    if (w.empty()) continue;
    if (w[0] == "case") {
      OrderCase c;
      c.name = w[1];
      for (size_t i = 2; i < w.size(); ++i) {
        size_t eq = w[i].find('=');
        std::string key = w[i].substr(0, eq);
        std::string val = eq == std::string::npos ? "" : w[i].substr(eq + 1);
        if (key == "kind") c.descriptor.kind = val;
        if (key == "type") c.descriptor.type = val;
        if (key == "section") c.descriptor.section = val;
        if (key == "layout") c.descriptor.layout = val;
        if (key == "format") c.format = val;
        if (key == "baseof") c.descriptor.baseof = true;
        if (key == "code") c.code_lang = val;
        if (key == "hook") c.hook = true;
      }
      // Pages of the site are in its default language; the 404 page has none.
      if (c.descriptor.kind != "404") c.descriptor.lang = "en";
      cases.push_back(std::move(c));
    } else if (w[0] == "types") {
      types.assign(w.begin() + 1, w.end());
    } else if (w[0] == "names") {
      names.assign(w.begin() + 1, w.end());
    } else if (w[0] == "files") {
      for (const std::string& t : types) {
        for (const std::string& n : names) {
          for (size_t i = 1; i < w.size(); ++i) {
            cases.back().files.insert((t == "." ? "" : t + "/") + n + "." + w[i]);
          }
        }
      }
    } else {
      cases.back().hugo_order.push_back(w[0]);
    }
  }
  return cases;
}

// What the candidate list of case `c` is, filtered to the files its site had.
std::vector<std::string> PresentCandidates(const OrderCase& c) {
  const OutputFormat* f = FindBuiltinOutputFormat(c.format);
  EXPECT_NE(f, nullptr) << c.format;
  if (f == nullptr) return {};
  std::vector<std::string> candidates;
  if (c.hook) {
    LayoutDescriptor page = c.descriptor;
    page.kind = "page";
    std::string hook = c.descriptor.kind.substr(std::string_view("render-").size());
    candidates = RenderHookCandidates(page, hook, c.code_lang, *f);
  } else if (c.descriptor.kind == "robotsTXT") {
    candidates = RobotsTxtCandidates();
  } else if (c.descriptor.kind == "sitemap") {
    candidates = SitemapCandidates();
  } else {
    candidates = LayoutCandidates(c.descriptor, *f);
  }
  std::vector<std::string> present;
  for (const std::string& name : candidates) {
    if (c.files.count(name)) present.push_back(name);
  }
  return present;
}

// Checks every case of `file`, which must hold `count` cases.
void ExpectHugoOrder(const std::string& file, size_t count) {
  std::vector<OrderCase> cases = ReadOrderCases(file);
  ASSERT_EQ(cases.size(), count);
  for (const OrderCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(PresentCandidates(c), c.hugo_order);
  }
}

TEST(LayoutLookupTest, MatchesHugoOrder) { ExpectHugoOrder("layout_order.txt", 19); }

TEST(LayoutLookupTest, RenderHooksMatchHugoOrder) { ExpectHugoOrder("hook_order.txt", 3); }

TEST(LayoutLookupTest, RssEndsWithInternalTemplate) {
  LayoutDescriptor d = Desc("home", "page", "", "en");
  std::vector<std::string> c = LayoutCandidates(d, *FindBuiltinOutputFormat("RSS"));
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c.back(), "_internal/_default/rss.xml");
  EXPECT_EQ(c.front(), "page/index.en.rss.xml");
}

TEST(LayoutLookupTest, NotFoundCases) {
  const OutputFormat& html = *FindBuiltinOutputFormat("html");
  EXPECT_THAT(LayoutCandidates(DescriptorFor404(), html), ElementsAre("404.html.html", "404.html"));
  // "partials" and "shortcodes" never act as type directories.
  LayoutDescriptor d = Desc("page", "partials");
  EXPECT_THAT(LayoutCandidates(d, html),
              ElementsAre("_default/single.html.html", "_default/single.html"));
}

TEST(LayoutLookupTest, RenderHooks) {
  const OutputFormat& html = *FindBuiltinOutputFormat("HTML");
  EXPECT_THAT(
      RenderHookCandidates(Desc("page", "posts"), "link", "", html),
      ElementsAre("posts/_markup/render-link.html.html", "posts/_markup/render-link.html",
                  "_default/_markup/render-link.html.html", "_default/_markup/render-link.html"));
  // A section page's hooks also look in the section's directory.
  EXPECT_THAT(
      RenderHookCandidates(Desc("section", "blog", "posts"), "heading", "", html),
      ElementsAre("blog/_markup/render-heading.html.html", "blog/_markup/render-heading.html",
                  "posts/_markup/render-heading.html.html", "posts/_markup/render-heading.html",
                  "_default/_markup/render-heading.html.html",
                  "_default/_markup/render-heading.html"));
}

TEST(LayoutLookupTest, DescriptorForPage) {
  Page p;
  p.kind = PageKind::kPage;
  EXPECT_EQ(DescriptorForPage(p, "en", ""), Desc("page", "page", "", "en"));
  p.section = "posts";
  p.meta.layout = "wide";
  EXPECT_EQ(DescriptorForPage(p, "en", ""), Desc("page", "posts", "", "en", "wide"));
  p.meta.type = "special";
  EXPECT_EQ(DescriptorForPage(p, "fr", "").type, "special");

  Page s;
  s.kind = PageKind::kSection;
  s.section = "posts";
  EXPECT_EQ(DescriptorForPage(s, "en", ""), Desc("section", "posts", "posts", "en"));

  Page t;
  t.kind = PageKind::kTerm;
  t.section = "tags";
  EXPECT_EQ(DescriptorForPage(t, "en", "tag"), Desc("term", "tags", "tag", "en"));
}

}  // namespace
}  // namespace kiln::hugo
