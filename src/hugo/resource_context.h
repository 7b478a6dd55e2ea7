// ResourceContext: what the asset pipeline of one build shares between the templates that
// use it: the union of the site's and themes' `assets/` directories (the site's file wins,
// as hugo's union file system), the files published because a template asked for a
// resource's permalink, and the cache that computes each transformation (concat,
// fingerprint, toCSS, …) once per build.
//
// Owned by the renderer of the build; resources borrow it for their lifetime. Thread-safe:
// templates render in parallel, so publishing and the cache are guarded by a mutex, and a
// cached value is computed once even when many pages ask for it at the same time.
#ifndef KILN_HUGO_RESOURCE_CONTEXT_H_
#define KILN_HUGO_RESOURCE_CONTEXT_H_

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "assets/image_config.h"
#include "base/file_system.h"
#include "base/status.h"
#include "value/value.h"

namespace kiln::hugo {

// One file of the assets union: its path under `assets/` ("css/main.css") and where to
// read it.
struct AssetFile {
  std::string rel_path;
  std::string filesystem_path;
};

class ResourceContext {
 public:
  // `fs` is borrowed and must outlive the context; `asset_dirs` are searched in order;
  // `project_dir` is where relative paths of options (toCSS includePaths) start.
  ResourceContext(const FileSystem* fs, std::vector<std::string> asset_dirs, std::string base_url,
                  std::string project_dir = "");

  const FileSystem& fs() const { return *fs_; }
  const std::vector<std::string>& asset_dirs() const { return asset_dirs_; }
  const std::string& project_dir() const { return project_dir_; }
  // The site's `[imaging]` defaults for image processing; set before templates run.
  const assets::ImagingDefaults& imaging() const { return imaging_; }
  void set_imaging(assets::ImagingDefaults imaging) { imaging_ = std::move(imaging); }

  // The asset at `rel_path` (cleaned, without a leading slash), or nullopt.
  std::optional<AssetFile> FindAsset(std::string_view rel_path) const;
  // Every asset, sorted by path; listed once per build.
  StatusOr<const std::vector<AssetFile>*> AllAssets() const;

  // With canonifyURLs, RelPermalink leaves out the baseURL's path; set before templates run.
  void set_canonify_urls(bool canonify) { canonify_urls_ = canonify; }

  // "/sub/css/a.css" and "https://example.org/sub/css/a.css" for target "css/a.css".
  std::string RelPermalink(std::string_view target) const;
  std::string Permalink(std::string_view target) const;

  // Records `content` to be written at `target`; later calls for the same target keep the
  // first content, as hugo publishes each target once.
  void Publish(const std::string& target, std::shared_ptr<const std::string> content) const;
  // What Publish recorded, by target.
  std::map<std::string, std::shared_ptr<const std::string>> Published() const;

  // The value cached under `key`, computing it with `compute` the first time. Concurrent
  // callers of one key wait for the first computation; an error is cached as well.
  StatusOr<Value> Cached(const std::string& key,
                         const std::function<StatusOr<Value>()>& compute) const;

  // Counts an image processed (once per distinct result), for the build summary.
  void CountProcessedImage() const { ++processed_images_; }
  int processed_images() const { return processed_images_; }

 private:
  struct Slot {
    std::once_flag once;
    StatusOr<Value> value = Value();
  };

  const FileSystem* fs_;
  std::vector<std::string> asset_dirs_;
  std::string base_url_;
  bool canonify_urls_ = false;
  std::string project_dir_;
  assets::ImagingDefaults imaging_;
  mutable std::atomic<int> processed_images_ = 0;
  mutable std::once_flag listed_;
  mutable StatusOr<std::vector<AssetFile>> all_ = std::vector<AssetFile>();
  mutable std::mutex mu_;
  mutable std::map<std::string, std::shared_ptr<const std::string>> published_;  // by mu_
  mutable std::map<std::string, std::shared_ptr<Slot>> cache_;                   // by mu_
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_RESOURCE_CONTEXT_H_
