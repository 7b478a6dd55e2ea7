// Page and PageMeta: one node of the content tree (home, section, taxonomy, term or
// regular page), its front-matter fields, its source file and its bundle resources.
//
// Pages are created by the loader and the assembler (content_tree.h), which owns them; after
// assembly they are frozen and read from many threads. Pointers between pages (parent,
// children) point into the same ContentTree and live as long as it does.
#ifndef KILN_CONTENT_PAGE_H_
#define KILN_CONTENT_PAGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/git_info.h"
#include "value/value.h"

namespace kiln {

enum class PageKind { kHome, kPage, kSection, kTaxonomy, kTerm };

// "home", "page", "section", "taxonomy", "term".
const char* PageKindName(PageKind kind);

// `_build` options.
struct BuildOptions {
  enum class Render { kAlways, kNever, kLink };
  enum class List { kAlways, kNever, kLocal };
  Render render = Render::kAlways;
  List list = List::kAlways;
  bool publish_resources = true;
};

struct PageMeta {
  std::string title;
  std::string link_title;
  std::string slug;
  std::string url;
  std::string type;
  std::string layout;
  std::string description;
  std::vector<std::string> aliases;
  std::vector<std::string> outputs;  // lower-case format names; empty = the kind's default
  int weight = 0;
  bool draft = false;
  bool headless = false;
  Time date = Time::Zero();
  Time lastmod = Time::Zero();
  Time publish_date = Time::Zero();
  Time expiry_date = Time::Zero();
  BuildOptions build;
  Value params;  // Map with lower-cased keys: every front-matter entry
  // Where the page's URL is decided (its `url` or `slug` entry, else just its file), for
  // errors about the URL.
  SourceLocation path_location;
};

// `.File`: where a page came from, relative to its content directory.
struct SourceFile {
  std::string path;             // "posts/my-post.md"
  std::string dir;              // "posts/"
  std::string logical_name;     // "my-post.md"
  std::string base_file_name;   // "my-post"; the bundle's directory name for index.md
  std::string ext;              // "md"
  std::string lang;             // the language the file belongs to
  std::string filesystem_path;  // where to read it, for error messages and I/O

  // The logical name without its extension: "post.fr" for "post.fr.md", "index" for a bundle.
  std::string_view BaseName() const {
    std::string_view base = logical_name;
    if (!ext.empty() && base.ends_with("." + ext)) base.remove_suffix(ext.size() + 1);
    return base;
  }
  // The base name without its language: "post" for "post.fr.md".
  std::string_view TranslationBaseName() const {
    std::string_view base = BaseName();
    if (!lang.empty() && base.ends_with("." + lang)) base.remove_suffix(lang.size() + 1);
    return base;
  }
};

// A non-content file of a bundle, published beside its page.
struct Resource {
  std::string filesystem_path;  // where to read it
  std::string rel_path;         // path within the bundle: "images/a.jpg"
  bool is_content = false;      // a content file (page resource): never published
};

struct Page {
  PageKind kind = PageKind::kPage;
  PageMeta meta;
  bool has_file = false;  // false for virtual list pages (sections without _index.md, terms)
  SourceFile file;
  std::optional<GitInfo> git_info;  // the file's newest commit, with enableGitInfo
  std::string raw_content;          // the text after the front matter
  int raw_content_line_offset = 0;  // lines of the file before raw_content, for messages
  std::vector<Resource> resources;
  bool is_bundle = false;  // leaf (index.md) or branch (_index.md) bundle

  // Set by assembly.
  std::string section;                     // first path segment; "" at the top level
  std::vector<std::string> sections_path;  // sanitised directory segments of a list page
  std::string rel_permalink;               // "/posts/first/" (includes the baseURL path)
  std::string target_dir;                  // output dir for the page's files, "posts/first"
  std::string html_path;                   // "posts/first/index.html" or "posts/first.html"
  Page* parent = nullptr;                  // the enclosing list page (home for top-level ones)
  std::vector<Page*> pages;                // .Pages, in default sort
  std::vector<Page*> regular_pages_recursive;
  // `.Next`/`.Prev` over the site's regular pages in default order (Next is the newer
  // neighbour), and the same within the parent section; null at the ends.
  const Page* next = nullptr;
  const Page* prev = nullptr;
  const Page* next_in_section = nullptr;
  const Page* prev_in_section = nullptr;
  // For term pages: `.Site.Taxonomies.<plural>.<term>`, each page with its
  // `<plural>_weight`, ordered by weight and then the default order.
  std::vector<std::pair<const Page*, int>> weighted_pages;
  std::string taxonomy;  // plural, for taxonomy and term pages
  std::string term;      // the sanitised term key, for term pages
  // With disablePathToLower hugo merges terms that differ only in case into the term page of
  // the first page's spelling; each other spelling keeps its own `.Site.Taxonomies` entry, as
  // a term page of its own that is neither listed nor rendered, `merged_term` naming the
  // term page it answers `.Page` with.
  std::vector<Page*> term_spellings;
  const Page* merged_term = nullptr;
  // Languages: the page's language, the key that pairs it with its translations (the
  // front-matter `translationKey`, else its kind and language-free path), and every
  // language's version of it, this one included, in language order (set by the site once
  // all languages are assembled; empty until then).
  std::string lang;
  std::string translation_key;
  std::vector<const Page*> translations;

  bool IsList() const { return kind != PageKind::kPage; }
  // `.Type`: front-matter `type`, else the section, else "page".
  const std::string& Type() const {
    static const std::string kPage = "page";
    return !meta.type.empty() ? meta.type : !section.empty() ? section : kPage;
  }
  bool ShouldRender() const { return meta.build.render == BuildOptions::Render::kAlways; }
};

}  // namespace kiln

#endif  // KILN_CONTENT_PAGE_H_
