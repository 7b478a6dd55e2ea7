// Publisher: where a build's output files go. The build writes every file through Write
// (from many threads, each path once), then calls Commit once. DirectoryPublisher stages
// the files in a sibling directory and swaps it into place, so a failed build leaves the
// previous output whole; MemoryPublisher keeps the files in a map for tests and the
// server.
#ifndef KILN_PUBLISH_PUBLISHER_H_
#define KILN_PUBLISH_PUBLISHER_H_

#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "base/file_system.h"
#include "base/status.h"

namespace kiln {

class Publisher {
 public:
  virtual ~Publisher() = default;
  // Writes one output file; `path` is relative to the output root. Thread-safe.
  virtual Status Write(const std::string& path, std::string_view data) = 0;
  // Makes everything written visible at once. Called once, after all writes succeeded.
  virtual Status Commit() = 0;
};

// Stages into `<dir>.kiln-staging` on `fs` and renames it to `dir` on Commit. Without
// `clean_destination`, files of the previous output that the build did not write are
// carried over, as Hugo leaves stale files in place; with it they are dropped, as Hugo's
// --cleanDestinationDir does. If Commit never runs, the destructor removes the staging
// directory and `dir` is untouched. `fs` is borrowed and must outlive the publisher.
class DirectoryPublisher final : public Publisher {
 public:
  static StatusOr<std::unique_ptr<DirectoryPublisher>> Create(FileSystem* fs, std::string dir,
                                                              bool clean_destination);
  ~DirectoryPublisher() override;

  Status Write(const std::string& path, std::string_view data) override;
  Status Commit() override;

 private:
  DirectoryPublisher(FileSystem* fs, std::string dir, bool clean_destination);
  Status CarryOver(const std::string& rel);

  FileSystem* fs_;
  std::string dir_;
  std::string staging_;
  bool clean_destination_;
  bool committed_ = false;
  std::mutex mu_;
  std::map<std::string, bool> written_;  // guarded by mu_
};

// Keeps the output in memory. Thread-safe.
class MemoryPublisher final : public Publisher {
 public:
  Status Write(const std::string& path, std::string_view data) override;
  Status Commit() override;

  bool committed() const { return committed_; }
  // path → content; read after the build.
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::mutex mu_;
  std::map<std::string, std::string> files_;  // guarded by mu_
  bool committed_ = false;
};

}  // namespace kiln

#endif  // KILN_PUBLISH_PUBLISHER_H_
