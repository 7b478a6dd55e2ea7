// The content loader: walks the site's and the themes' `content/` directories (the site's
// file wins when both have one path), splits and decodes front matter, applies cascades,
// reads PageMeta, and groups bundle resources with their page. The result is the raw
// material the assembler (content_tree.h) turns into the site's page tree.
//
// Files are read and decoded in parallel on the current oneTBB arena (FileSystem reads are
// thread-safe); everything else runs on the calling thread. The returned pages are owned by
// the caller.
#ifndef KILN_CONTENT_CONTENT_LOADER_H_
#define KILN_CONTENT_CONTENT_LOADER_H_

#include <memory>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "content/cascade_target.h"
#include "content/content_options.h"
#include "content/page.h"

namespace kiln {

struct LoadedContent {
  // Every content file in path order: regular pages, and _index files as kSection pages
  // (kHome for the root one). Their `file.path` is relative to the content directory.
  std::vector<std::unique_ptr<Page>> pages;
  // Non-content files outside leaf bundles, by the content-relative directory they sit in.
  std::vector<std::pair<std::string, Resource>> loose_files;
  // What each branch with an _index file hands down, for the pages assembly adds without a
  // file (sections without _index, taxonomies, terms).
  CascadeMap cascades;
};

// Whether `ext` (without the dot) names a content format Hugo renders as a page.
bool IsContentExtension(std::string_view ext);

// `content_dirs` are read in priority order (the site's, then each theme's).
StatusOr<LoadedContent> LoadContent(const FileSystem& fs,
                                    const std::vector<std::string>& content_dirs,
                                    const ContentOptions& options);

}  // namespace kiln

#endif  // KILN_CONTENT_CONTENT_LOADER_H_
