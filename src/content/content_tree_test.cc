#include "content/content_tree.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "value/time_parse.h"

namespace kiln {
namespace {

StatusOr<std::unique_ptr<ContentTree>> Load(MemoryFileSystem& fs, const ContentOptions& o) {
  ASSIGN_OR_RETURN(LoadedContent loaded, LoadContent(fs, {"site/content"}, o));
  return ContentTree::Assemble(std::move(loaded), o);
}

std::vector<std::string> Paths(const ContentTree& tree) {
  std::vector<std::string> out;
  for (const Page* p : tree.pages())
    out.push_back(std::string(PageKindName(p->kind)) + " " + p->html_path);
  return out;
}

ContentOptions Options() {
  ContentOptions o;
  o.now_unix_seconds = ParseHugoTime("2024-01-01")->unix_seconds;
  return o;
}

TEST(SourceFileTest, BaseNamesLeaveOutExtensionThenLanguage) {
  struct Case {
    std::string logical_name, ext, lang, base, translation_base;
  };
  const Case cases[] = {
      {"post.fr.md", "md", "fr", "post.fr", "post"},    {"post.md", "md", "fr", "post", "post"},
      {"index.fr.md", "md", "fr", "index.fr", "index"}, {"a.b.md", "md", "en", "a.b", "a.b"},
      {"_index.md", "md", "en", "_index", "_index"},
  };
  for (const Case& c : cases) {
    SourceFile f;
    f.logical_name = c.logical_name;
    f.ext = c.ext;
    f.lang = c.lang;
    EXPECT_EQ(f.BaseName(), c.base) << c.logical_name;
    EXPECT_EQ(f.TranslationBaseName(), c.translation_base) << c.logical_name;
  }
}

TEST(ContentTreeTest, SectionsBundlesTaxonomiesInDefaultOrder) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/content/posts/a.md",
                         "---\ntitle: A\ndate: 2023-01-02\ntags: [Go, go]\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/posts/b.md",
                         "+++\ntitle = 'B'\ndate = 2023-01-03\ntags = ['C++ tips']\n+++\n"));
  ASSERT_OK(fs.WriteFile("site/content/posts/deep/c.md", "{\"title\":\"C\",\"weight\":1}\n"));
  ASSERT_OK(fs.WriteFile("site/content/about/index.md", "---\ntitle: About\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/about/pic.jpg", "x"));
  ASSERT_OK(fs.WriteFile("site/content/posts/draft.md", "---\ndraft: true\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/posts/future.md", "---\ndate: 2030-01-01\n---\n"));
  ASSERT_OK_AND_ASSIGN(auto tree, Load(fs, Options()));
  EXPECT_EQ(Paths(*tree), (std::vector<std::string>{
                              "page posts/deep/c/index.html",
                              "home index.html",
                              "page posts/b/index.html",
                              "term tags/c++-tips/index.html",
                              "section posts/index.html",
                              "taxonomy tags/index.html",
                              "page posts/a/index.html",
                              "term tags/go/index.html",
                              "page about/index.html",
                              "taxonomy categories/index.html",
                          }));
  ASSERT_EQ(tree->resources().size(), 1u);
  EXPECT_EQ(tree->resources()[0].target, "about/pic.jpg");
  EXPECT_EQ(tree->home().meta.date, *ParseHugoTime("2023-01-03"));
  // Default order: c (weight 1), b, a, about; Next is the newer neighbour.
  const std::vector<Page*>& regular = tree->regular_pages();
  ASSERT_EQ(regular.size(), 4u);
  EXPECT_EQ(regular[0]->meta.title, "C");
  EXPECT_EQ(regular[1]->meta.title, "B");
  EXPECT_EQ(regular[1]->next, regular[0]);
  EXPECT_EQ(regular[1]->prev, regular[2]);
  EXPECT_EQ(regular[0]->next, nullptr);
  EXPECT_EQ(regular[1]->Type(), "posts");
  EXPECT_EQ(regular[3]->Type(), "page");
  EXPECT_EQ(regular[1]->next_in_section, regular[0]);  // posts/deep has no _index: in posts
  EXPECT_EQ(regular[1]->prev_in_section, regular[2]);
}

TEST(ContentTreeTest, TermWeights) {
  MemoryFileSystem fs;
  ASSERT_OK(
      fs.WriteFile("site/content/a.md", "---\ntitle: A\nseries: [s]\nseries_weight: 2\n---\n"));
  ASSERT_OK(
      fs.WriteFile("site/content/b.md", "---\ntitle: B\nseries: [s]\nseries_weight: 1\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/c.md", "---\ntitle: C\nseries: [s]\n---\n"));
  ContentOptions o = Options();
  o.taxonomies = {{"series", "series"}};
  ASSERT_OK_AND_ASSIGN(auto tree, Load(fs, o));
  const Page* term = nullptr;
  for (const Page* p : tree->pages()) {
    if (p->kind == PageKind::kTerm) term = p;
  }
  ASSERT_NE(term, nullptr);
  std::vector<std::string> order;
  for (const auto& [page, weight] : term->weighted_pages) {
    order.push_back(page->meta.title + ":" + std::to_string(weight));
  }
  EXPECT_EQ(order, (std::vector<std::string>{"C:0", "B:1", "A:2"}));
}

// A French tree of an English-default site: only French content files (by suffix or by
// the directory's language), every bundle resource of a translated bundle, "fr/" URLs
// except for a front-matter url, and language-free translation keys.
TEST(ContentTreeTest, OneLanguageOfAMultilingualSite) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/content/about.md", "---\ntitle: About\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/about.fr.md", "---\ntitle: A propos\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/trip/index.md", "---\ntitle: Trip\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/trip/index.fr.md", "---\ntitle: Voyage\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/trip/a.jpg", "x"));
  ASSERT_OK(fs.WriteFile("site/content/trip/b.en.jpg", "x"));
  ASSERT_OK(fs.WriteFile("site/content/solo/index.md", "---\ntitle: Solo\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/solo/pic.png", "x"));
  ASSERT_OK(fs.WriteFile("site/content/loose.pdf", "x"));
  ASSERT_OK(fs.WriteFile("site/content/loose.fr.pdf", "x"));
  ASSERT_OK(fs.WriteFile("site/content/branch/_index.fr.md", "---\ntitle: B\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/branch/shared.en.pdf", "x"));
  ASSERT_OK(fs.WriteFile("site/content/x.de.md", "---\ntitle: X\n---\n"));
  ASSERT_OK(fs.WriteFile("site/fr/own.md", "---\ntitle: Own\nurl: /own/\n---\n"));
  ContentOptions o = Options();
  o.taxonomies.clear();
  o.lang = "fr";
  o.languages = {"en", "fr"};
  o.lang_prefix = "fr/";
  o.dir_languages = {{"site/fr", "fr"}};
  ASSERT_OK_AND_ASSIGN(LoadedContent loaded, LoadContent(fs, {"site/content", "site/fr"}, o));
  ASSERT_OK_AND_ASSIGN(auto tree, ContentTree::Assemble(std::move(loaded), o));
  std::vector<std::string> got;
  for (const Page* p : tree->pages()) {
    got.push_back(p->html_path + " " + p->file.path + " " + p->lang + " " + p->translation_key);
  }
  EXPECT_EQ(got, (std::vector<std::string>{
                     "fr/index.html  fr home",
                     "fr/about/index.html about.fr.md fr page/about",
                     "fr/branch/index.html branch/_index.fr.md fr section/branch",
                     "own/index.html own.md fr page/own",
                     "fr/trip/index.html trip/index.fr.md fr page/trip/index",
                 }));
  std::vector<std::string> copied;
  for (const PublishedResource& r : tree->resources()) copied.push_back(r.target);
  EXPECT_EQ(copied, (std::vector<std::string>{"fr/trip/a.jpg", "fr/trip/b.en.jpg",
                                              "fr/branch/shared.en.pdf", "fr/loose.fr.pdf"}));
}

TEST(ContentTreeTest, TwoPagesClaimingOneUrl) {
  MemoryFileSystem fs;
  ASSERT_OK(fs.WriteFile("site/content/a.md", "---\nurl: /x/\n---\n"));
  ASSERT_OK(fs.WriteFile("site/content/b.md", "---\nurl: /x/\n---\n"));
  StatusOr<std::unique_ptr<ContentTree>> tree = Load(fs, Options());
  ASSERT_FALSE(tree.ok());
  EXPECT_EQ(
      tree.status().ToString(),
      "content/b.md:2:6: URL \"/x/\" is already claimed by content/a.md\n  url: /x/\n       ^");
}

}  // namespace
}  // namespace kiln
