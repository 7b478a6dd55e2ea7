// FileSystem: every file kiln reads or writes goes through this interface, so tests run on
// an in-memory tree and failure paths can be injected.
//
// Paths are '/'-separated. RealFileSystem passes them to the OS as they are; MemoryFileSystem
// treats them as keys after CleanPath. Implementations are thread-safe: reads may run from
// many threads while other threads write distinct paths.
#ifndef KILN_BASE_FILE_SYSTEM_H_
#define KILN_BASE_FILE_SYSTEM_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kiln {

struct FileInfo {
  std::string name;  // base name
  bool is_dir = false;
  uint64_t size = 0;
  int64_t mtime_ns = 0;  // modification time, nanoseconds since the Unix epoch
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  virtual StatusOr<std::string> ReadFile(const std::string& path) const = 0;
  // Writes the whole file, creating parent directories.
  virtual Status WriteFile(const std::string& path, std::string_view data) = 0;
  // Entries of a directory, sorted by name.
  virtual StatusOr<std::vector<FileInfo>> ListDir(const std::string& path) const = 0;
  virtual StatusOr<FileInfo> Stat(const std::string& path) const = 0;
  virtual Status MakeDirs(const std::string& path) = 0;
  // Removes a file or a whole tree; a missing path is not an error.
  virtual Status RemoveAll(const std::string& path) = 0;
  // Renames a file or directory; the target must not exist unless it is a file.
  virtual Status Rename(const std::string& from, const std::string& to) = 0;

  bool Exists(const std::string& path) const { return Stat(path).ok(); }
  bool IsDir(const std::string& path) const;
};

// The operating system's file system.
class RealFileSystem final : public FileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override;
  Status WriteFile(const std::string& path, std::string_view data) override;
  StatusOr<std::vector<FileInfo>> ListDir(const std::string& path) const override;
  StatusOr<FileInfo> Stat(const std::string& path) const override;
  Status MakeDirs(const std::string& path) override;
  Status RemoveAll(const std::string& path) override;
  Status Rename(const std::string& from, const std::string& to) override;
};

// A tree held in memory. Directories exist implicitly as prefixes of files, or explicitly
// after MakeDirs.
class MemoryFileSystem final : public FileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override;
  Status WriteFile(const std::string& path, std::string_view data) override;
  StatusOr<std::vector<FileInfo>> ListDir(const std::string& path) const override;
  StatusOr<FileInfo> Stat(const std::string& path) const override;
  Status MakeDirs(const std::string& path) override;
  Status RemoveAll(const std::string& path) override;
  Status Rename(const std::string& from, const std::string& to) override;

  // Every file under `dir` (all of them for ""), as path → content, paths relative to `dir`.
  std::map<std::string, std::string> Snapshot(const std::string& dir = "") const;

 private:
  mutable std::mutex mu_;
  std::map<std::string, std::string> files_;  // clean path → content
  std::map<std::string, bool> dirs_;          // explicitly made directories
};

// Wraps another FileSystem and fails the operations a predicate picks, for testing
// error paths. The predicate gets the operation name ("read", "write", "list", "stat",
// "mkdir", "remove", "rename") and the path.
class FaultInjectingFileSystem final : public FileSystem {
 public:
  using Predicate = std::function<bool(std::string_view op, const std::string& path)>;
  FaultInjectingFileSystem(FileSystem* base, Predicate fail) : base_(base), fail_(std::move(fail)) {}

  StatusOr<std::string> ReadFile(const std::string& path) const override;
  Status WriteFile(const std::string& path, std::string_view data) override;
  StatusOr<std::vector<FileInfo>> ListDir(const std::string& path) const override;
  StatusOr<FileInfo> Stat(const std::string& path) const override;
  Status MakeDirs(const std::string& path) override;
  Status RemoveAll(const std::string& path) override;
  Status Rename(const std::string& from, const std::string& to) override;

 private:
  Status Fault(std::string_view op, const std::string& path) const;
  FileSystem* base_;  // not owned
  Predicate fail_;
};

}  // namespace kiln

#endif  // KILN_BASE_FILE_SYSTEM_H_
