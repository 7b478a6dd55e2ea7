#include "site/site.h"

#include <set>

#include "content/content_loader.h"
#include "content/file_walk.h"
#include "site/data_loader.h"

namespace kiln {

StatusOr<std::unique_ptr<Site>> Site::Load(const FileSystem& fs, SiteOptions options) {
  std::unique_ptr<Site> site(new Site());
  site->options_ = std::move(options);
  const SiteOptions& o = site->options_;
  ASSIGN_OR_RETURN(LoadedContent loaded, LoadContent(fs, o.content_dirs, o.content));
  ASSIGN_OR_RETURN(site->content_, ContentTree::Assemble(std::move(loaded), o.content));
  ASSIGN_OR_RETURN(site->data_, LoadDataDirs(fs, o.data_dirs));
  std::set<std::string> taken;
  for (const std::string& dir : o.static_dirs) {
    ASSIGN_OR_RETURN(std::vector<WalkedFile> files, WalkFiles(fs, dir));
    for (WalkedFile& f : files) {
      if (taken.insert(f.rel_path).second) {
        site->static_files_.push_back({std::move(f.fs_path), std::move(f.rel_path)});
      }
    }
  }
  return site;
}

std::string Site::AbsUrl(std::string_view rel_permalink) const {
  // baseURL's origin ("https://example.com") followed by the root-relative path, which
  // holds baseURL's path.
  const std::string& base = options_.base_url;
  size_t scheme = base.find("://");
  size_t path_start = base.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  std::string origin = path_start == std::string::npos ? base : base.substr(0, path_start);
  // With canonifyURLs the root-relative paths leave out baseURL's path: put it back.
  if (options_.canonify_urls && path_start != std::string::npos) {
    origin = base.ends_with('/') ? base.substr(0, base.size() - 1) : base;
  }
  return origin + std::string(rel_permalink);
}

}  // namespace kiln
