#include "content/file_walk.h"

#include <algorithm>

#include "base/path.h"

namespace kiln {

namespace {

Status Walk(const FileSystem& fs, const std::string& root, const std::string& rel,
            std::vector<WalkedFile>* out) {
  std::string dir = rel.empty() ? root : JoinPath(root, rel);
  ASSIGN_OR_RETURN(std::vector<FileInfo> entries, fs.ListDir(dir));
  for (FileInfo& e : entries) {
    std::string path = rel.empty() ? e.name : rel + "/" + e.name;
    if (e.is_dir) {
      RETURN_IF_ERROR(Walk(fs, root, path, out));
    } else {
      out->push_back(WalkedFile{path, JoinPath(root, path), std::move(e)});
    }
  }
  return Status::Ok();
}

}  // namespace

StatusOr<std::vector<WalkedFile>> WalkFiles(const FileSystem& fs, const std::string& root) {
  std::vector<WalkedFile> out;
  if (!fs.IsDir(root)) return out;
  RETURN_IF_ERROR(Walk(fs, root, "", &out));
  std::sort(out.begin(), out.end(),
            [](const WalkedFile& a, const WalkedFile& b) { return a.rel_path < b.rel_path; });
  return out;
}

}  // namespace kiln
