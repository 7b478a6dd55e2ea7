#include "content/file_walk.h"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <iterator>

#include "base/path.h"

namespace kiln {

namespace {

// Lists `rel` under `root`; subdirectories are walked in parallel, each into its own
// vector, so the result does not depend on scheduling.
Status Walk(const FileSystem& fs, const std::string& root, const std::string& rel,
            std::vector<WalkedFile>* out) {
  std::string dir = rel.empty() ? root : JoinPath(root, rel);
  ASSIGN_OR_RETURN(std::vector<FileInfo> entries, fs.ListDir(dir));
  std::vector<std::string> subdirs;
  for (FileInfo& e : entries) {
    std::string path = rel.empty() ? e.name : rel + "/" + e.name;
    if (e.is_dir) {
      subdirs.push_back(std::move(path));
    } else {
      out->push_back(WalkedFile{path, JoinPath(root, path), std::move(e)});
    }
  }
  std::vector<std::vector<WalkedFile>> found(subdirs.size());
  std::vector<Status> status(subdirs.size());
  tbb::parallel_for(size_t{0}, subdirs.size(),
                    [&](size_t i) { status[i] = Walk(fs, root, subdirs[i], &found[i]); });
  for (size_t i = 0; i < subdirs.size(); ++i) {
    RETURN_IF_ERROR(status[i]);
    out->insert(out->end(), std::make_move_iterator(found[i].begin()),
                std::make_move_iterator(found[i].end()));
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
