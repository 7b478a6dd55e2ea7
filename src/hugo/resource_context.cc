#include "hugo/resource_context.h"

#include <algorithm>
#include <set>

#include "base/path.h"
#include "base/url_escape.h"
#include "hugo/site_funcs.h"

namespace kiln::hugo {
namespace {

// Adds the files under `dir`/`rel` not already in `seen`, depth first.
Status ListInto(const FileSystem& fs, const std::string& dir, const std::string& rel,
                std::set<std::string>* seen, std::vector<AssetFile>* out) {
  ASSIGN_OR_RETURN(std::vector<FileInfo> entries,
                   fs.ListDir(rel.empty() ? dir : JoinPath(dir, rel)));
  for (const FileInfo& e : entries) {
    std::string path = rel.empty() ? e.name : rel + "/" + e.name;
    if (e.is_dir) {
      RETURN_IF_ERROR(ListInto(fs, dir, path, seen, out));
    } else if (seen->insert(path).second) {
      out->push_back({path, JoinPath(dir, path)});
    }
  }
  return Status::Ok();
}

}  // namespace

ResourceContext::ResourceContext(const FileSystem* fs, std::vector<std::string> asset_dirs,
                                 std::string base_url, std::string project_dir)
    : fs_(fs),
      asset_dirs_(std::move(asset_dirs)),
      base_url_(std::move(base_url)),
      project_dir_(std::move(project_dir)) {}

std::optional<AssetFile> ResourceContext::FindAsset(std::string_view rel_path) const {
  for (const std::string& dir : asset_dirs_) {
    std::string path = JoinPath(dir, rel_path);
    StatusOr<FileInfo> info = fs_->Stat(path);
    if (info.ok() && !info->is_dir) return AssetFile{std::string(rel_path), path};
  }
  return std::nullopt;
}

StatusOr<const std::vector<AssetFile>*> ResourceContext::AllAssets() const {
  std::call_once(listed_, [this] {
    std::set<std::string> seen;
    std::vector<AssetFile> files;
    for (const std::string& dir : asset_dirs_) {
      StatusOr<FileInfo> info = fs_->Stat(dir);
      if (!info.ok() || !info->is_dir) continue;
      Status s = ListInto(*fs_, dir, "", &seen, &files);
      if (!s.ok()) {
        all_ = s;
        return;
      }
    }
    std::sort(files.begin(), files.end(),
              [](const AssetFile& a, const AssetFile& b) { return a.rel_path < b.rel_path; });
    all_ = std::move(files);
  });
  if (!all_.ok()) return all_.status();
  return &*all_;
}

std::string ResourceContext::RelPermalink(std::string_view target) const {
  return GoUrlString(RelUrl(base_url_, target, canonify_urls_));
}

// Hugo joins the baseURL and the target and parses the result as a URL.
std::string ResourceContext::Permalink(std::string_view target) const {
  std::string joined = base_url_;
  if (!joined.ends_with('/')) joined += '/';
  joined += target.starts_with('/') ? target.substr(1) : target;
  return GoUrlString(joined);
}

void ResourceContext::Publish(const std::string& target,
                              std::shared_ptr<const std::string> content) const {
  std::lock_guard<std::mutex> lock(mu_);
  published_.emplace(target, std::move(content));
}

std::map<std::string, std::shared_ptr<const std::string>> ResourceContext::Published() const {
  std::lock_guard<std::mutex> lock(mu_);
  return published_;
}

StatusOr<Value> ResourceContext::Cached(const std::string& key,
                                        const std::function<StatusOr<Value>()>& compute) const {
  std::shared_ptr<Slot> slot;
  {
    std::lock_guard<std::mutex> lock(mu_);
    std::shared_ptr<Slot>& s = cache_[key];
    if (s == nullptr) s = std::make_shared<Slot>();
    slot = s;
  }
  std::call_once(slot->once, [&] { slot->value = compute(); });
  return slot->value;
}

}  // namespace kiln::hugo
