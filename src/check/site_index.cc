#include "check/site_index.h"

#include <algorithm>

#include "base/path.h"

namespace kiln::check {

namespace {

Status Walk(const FileSystem& fs, const std::string& root, const std::string& rel,
            std::vector<SiteFile>* files, std::unordered_set<std::string>* dirs) {
  ASSIGN_OR_RETURN(std::vector<FileInfo> entries, fs.ListDir(JoinPath(root, rel)));
  for (const FileInfo& e : entries) {
    std::string path = JoinPath(rel, e.name);
    if (e.is_dir) {
      dirs->insert(path);
      RETURN_IF_ERROR(Walk(fs, root, path, files, dirs));
    } else {
      files->push_back(SiteFile{std::move(path), e.size});
    }
  }
  return Status::Ok();
}

}  // namespace

StatusOr<SiteIndex> SiteIndex::Load(const FileSystem& fs, const std::string& dir) {
  if (!fs.IsDir(dir)) return NotFoundError("no site to check: " + dir + " is not a directory");
  SiteIndex index;
  RETURN_IF_ERROR(Walk(fs, dir, "", &index.files_, &index.dirs_));
  std::sort(index.files_.begin(), index.files_.end(),
            [](const SiteFile& a, const SiteFile& b) { return a.path < b.path; });
  index.by_path_.reserve(index.files_.size());
  for (size_t i = 0; i < index.files_.size(); ++i) {
    index.by_path_.emplace(index.files_[i].path, static_cast<int>(i));
  }
  return index;
}

int SiteIndex::FindFile(const std::string& path) const {
  auto it = by_path_.find(path);
  return it == by_path_.end() ? -1 : it->second;
}

std::string SiteIndex::ServedPath(std::string_view path, bool directory) {
  if (path.empty()) return "index.html";
  if (directory) return JoinPath(path, "index.html");
  return std::string(path);
}

int SiteIndex::Find(std::string_view path, bool directory) const {
  std::string p(path);
  if (directory || p.empty()) return FindFile(ServedPath(p, true));
  int i = FindFile(p);
  if (i >= 0) return i;
  if (dirs_.count(p)) return FindFile(JoinPath(p, "index.html"));
  return -1;
}

}  // namespace kiln::check
