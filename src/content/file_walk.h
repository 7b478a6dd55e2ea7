// WalkFiles: every file under a directory, recursively, for the loaders of content, data,
// static files and layouts. Directories are listed in parallel on the current oneTBB
// arena; the result is sorted, so it does not depend on scheduling. Reads a borrowed
// FileSystem, whose reads are thread-safe.
#ifndef KILN_CONTENT_FILE_WALK_H_
#define KILN_CONTENT_FILE_WALK_H_

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"

namespace kiln {

struct WalkedFile {
  std::string rel_path;  // relative to the walked root, '/'-separated
  std::string fs_path;   // root joined with rel_path
  FileInfo info;
};

// Files under `root` in path order; a missing root gives an empty list.
StatusOr<std::vector<WalkedFile>> WalkFiles(const FileSystem& fs, const std::string& root);

}  // namespace kiln

#endif  // KILN_CONTENT_FILE_WALK_H_
