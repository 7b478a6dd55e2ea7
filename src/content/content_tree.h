// ContentTree: the assembled, frozen page tree of one site. Assembly (single-threaded)
// takes the loader's pages, drops drafts, future and expired pages (unless the options
// keep them), headless and disabled ones, builds the home page, sections (top-level
// directories always, nested ones with `_index`), taxonomies and terms (merged by sanitised
// name), fills `.Pages` in default order, list dates, and every page's URL and output path,
// and rejects two pages claiming one URL.
//
// The tree owns its pages. After Assemble returns it is not modified: all accessors are
// const and safe to call from many threads.
#ifndef KILN_CONTENT_CONTENT_TREE_H_
#define KILN_CONTENT_CONTENT_TREE_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "content/content_loader.h"
#include "content/content_options.h"
#include "content/page.h"

namespace kiln {

// A file copied into the output unchanged (a bundle resource or a loose content file).
struct PublishedResource {
  std::string source;  // file-system path to read
  std::string target;  // output path relative to the publish directory
};

class ContentTree {
 public:
  static StatusOr<std::unique_ptr<ContentTree>> Assemble(LoadedContent content,
                                                         const ContentOptions& options);

  const Page& home() const { return *home_; }
  // Every page kept by assembly (home, sections, taxonomies, terms, regular pages), in
  // default order; includes pages with `_build.render = never`.
  const std::vector<Page*>& pages() const { return pages_; }
  // The site's listed regular pages in default order (`.Site.RegularPages`).
  const std::vector<Page*>& regular_pages() const { return regular_pages_; }
  // Every taxonomy page in the configured order, whether or not its kind is disabled:
  // `.Site.Taxonomies` lists them all.
  const std::vector<Page*>& taxonomies() const { return taxonomies_; }
  // The section pages of a site that disables the section kind: in no list and without a
  // URL, yet `.GetPage` and `.Parent` still reach them, as in hugo.
  const std::vector<Page*>& disabled_sections() const { return disabled_sections_; }
  const std::vector<PublishedResource>& resources() const { return resources_; }
  const ContentOptions& options() const { return options_; }

 private:
  ContentTree() = default;
  Status Build(LoadedContent content);
  Page* NewPage(PageKind kind);
  // A section without _index for the top-level directory `dir`.
  StatusOr<Page*> SectionFor(const std::string& dir);
  // The meta of a page without a file at `path` ("tags/go"): `fm` and the cascade
  // reaching the page.
  Status ReadVirtualMeta(Page* page, const std::string& path, ValueMap fm);
  Status BuildTaxonomies(std::vector<std::unique_ptr<Page>>* taxonomy_sources);
  Status AssignPaths();

  ContentOptions options_;
  std::vector<std::unique_ptr<Page>> owned_;
  Page* home_ = nullptr;
  std::vector<Page*> pages_;
  std::vector<Page*> regular_pages_;
  std::vector<Page*> taxonomies_;
  std::vector<Page*> disabled_sections_;
  std::vector<Page*> taxonomy_members_;  // regular pages that count in taxonomies
  std::vector<PublishedResource> resources_;
  std::map<std::string, Page*> sections_;  // content dir ("posts/tips") → section page
  CascadeMap cascades_;                    // the loader's, for pages without a file
};

}  // namespace kiln

#endif  // KILN_CONTENT_CONTENT_TREE_H_
