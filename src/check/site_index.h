// SiteIndex: the files of a built site and how a static web server maps URL paths onto
// them: "x/" serves x/index.html, "x" serves the file x, or x/index.html when x is a
// directory (servers redirect x to x/).
//
// Built once by walking the output directory, then read-only and shared by all threads.
#ifndef KILN_CHECK_SITE_INDEX_H_
#define KILN_CHECK_SITE_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"

namespace kiln::check {

struct SiteFile {
  std::string path;  // site-relative, '/'-separated, e.g. "posts/a/index.html"
  uint64_t size = 0;
};

class SiteIndex {
 public:
  // Walks `dir` on `fs`. Files are in path order.
  static StatusOr<SiteIndex> Load(const FileSystem& fs, const std::string& dir);

  const std::vector<SiteFile>& files() const { return files_; }

  // The index of the file served for the site-relative URL path `path` (percent-decoded,
  // cleaned, no leading '/'), or -1. `directory` says the URL ended in '/'.
  int Find(std::string_view path, bool directory) const;

  // The file a URL path would most likely have meant, for messages: "a/index.html".
  static std::string ServedPath(std::string_view path, bool directory);

 private:
  int FindFile(const std::string& path) const;

  std::vector<SiteFile> files_;
  std::unordered_map<std::string, int> by_path_;
  std::unordered_set<std::string> dirs_;
};

}  // namespace kiln::check

#endif  // KILN_CHECK_SITE_INDEX_H_
