#include "base/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/path.h"

namespace kiln {

namespace fs = std::filesystem;

bool FileSystem::IsDir(const std::string& path) const {
  auto info = Stat(path);
  return info.ok() && info->is_dir;
}

// ---- RealFileSystem ----

namespace {
Status FromErrorCode(const std::error_code& ec, std::string_view what, const std::string& path) {
  std::string msg = std::string(what) + " " + path + ": " + ec.message();
  if (ec == std::errc::no_such_file_or_directory) return NotFoundError(std::move(msg));
  if (ec == std::errc::permission_denied) {
    return Status(StatusCode::kPermissionDenied, std::move(msg));
  }
  return IoError(std::move(msg));
}

}  // namespace

StatusOr<std::string> RealFileSystem::ReadFile(const std::string& path) const {
  // POSIX calls rather than ifstream: one open, one fstat, reads straight into the string.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return FromErrorCode(std::error_code(errno, std::generic_category()), "cannot read", path);
  std::string data;
  struct stat st;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      ::close(fd);
      return IoError("cannot read " + path + ": is a directory");
    }
    if (st.st_size > 0) data.reserve(static_cast<size_t>(st.st_size));
  }
  char buf[65536];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      std::error_code ec(errno, std::generic_category());
      ::close(fd);
      return FromErrorCode(ec, "cannot read", path);
    }
    data.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return data;
}

Status RealFileSystem::WriteFile(const std::string& path, std::string_view data) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 && errno == ENOENT) {
    // Create the parent directories only when they are missing, not on every write.
    std::string_view dir = PathDir(path);
    if (!dir.empty()) RETURN_IF_ERROR(MakeDirs(std::string(dir)));
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  if (fd < 0) {
    return FromErrorCode(std::error_code(errno, std::generic_category()), "cannot write", path);
  }
  size_t written = 0;
  while (written < data.size()) {
    ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::error_code ec(errno, std::generic_category());
      ::close(fd);
      return FromErrorCode(ec, "cannot write", path);
    }
    written += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) {
    return FromErrorCode(std::error_code(errno, std::generic_category()), "cannot write", path);
  }
  return Status::Ok();
}

StatusOr<std::vector<FileInfo>> RealFileSystem::ListDir(const std::string& path) const {
  // One fstatat per entry (for size and time); readdir alone gives the names.
  DIR* dir = ::opendir(path.c_str());
  if (!dir) return FromErrorCode(std::error_code(errno, std::generic_category()), "cannot list", path);
  int dir_fd = ::dirfd(dir);
  std::vector<FileInfo> out;
  while (struct dirent* entry = ::readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    FileInfo info;
    info.name = std::string(name);
    struct stat st;
    if (::fstatat(dir_fd, entry->d_name, &st, 0) == 0) {
      info.is_dir = S_ISDIR(st.st_mode);
      if (!info.is_dir) info.size = static_cast<uint64_t>(st.st_size);
      info.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    } else {
      info.is_dir = entry->d_type == DT_DIR;
    }
    out.push_back(std::move(info));
  }
  ::closedir(dir);
  std::sort(out.begin(), out.end(),
            [](const FileInfo& a, const FileInfo& b) { return a.name < b.name; });
  return out;
}

StatusOr<FileInfo> RealFileSystem::Stat(const std::string& path) const {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    return FromErrorCode(std::error_code(errno, std::generic_category()), "cannot stat", path);
  }
  FileInfo info;
  info.name = std::string(PathBase(path));
  info.is_dir = S_ISDIR(st.st_mode);
  if (!info.is_dir) info.size = static_cast<uint64_t>(st.st_size);
  info.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return info;
}

Status RealFileSystem::MakeDirs(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) return FromErrorCode(ec, "cannot create directory", path);
  return Status::Ok();
}

Status RealFileSystem::RemoveAll(const std::string& path) {
  std::error_code ec;
  fs::remove_all(path, ec);
  if (ec) return FromErrorCode(ec, "cannot remove", path);
  return Status::Ok();
}

Status RealFileSystem::Rename(const std::string& from, const std::string& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) return FromErrorCode(ec, "cannot rename " + from + " to", to);
  return Status::Ok();
}

// ---- MemoryFileSystem ----

namespace {
std::string Key(const std::string& path) {
  std::string clean = CleanPath(path);
  if (clean == ".") return "";
  if (!clean.empty() && clean.front() == '/') clean.erase(0, 1);
  return clean;
}
bool IsUnder(const std::string& key, const std::string& dir) {
  if (dir.empty()) return true;
  return key.size() > dir.size() && key.compare(0, dir.size(), dir) == 0 && key[dir.size()] == '/';
}
}  // namespace

StatusOr<std::string> MemoryFileSystem::ReadFile(const std::string& path) const {
  std::lock_guard lock(mu_);
  auto it = files_.find(Key(path));
  if (it == files_.end()) return NotFoundError("cannot read " + path + ": no such file");
  return it->second;
}

Status MemoryFileSystem::WriteFile(const std::string& path, std::string_view data) {
  std::lock_guard lock(mu_);
  files_[Key(path)] = std::string(data);
  return Status::Ok();
}

StatusOr<std::vector<FileInfo>> MemoryFileSystem::ListDir(const std::string& path) const {
  std::lock_guard lock(mu_);
  std::string dir = Key(path);
  std::map<std::string, FileInfo> entries;
  bool found = dir.empty() || dirs_.count(dir);
  auto add = [&](const std::string& key, bool is_file, uint64_t size) {
    if (!IsUnder(key, dir)) return;
    found = true;
    std::string rest = dir.empty() ? key : key.substr(dir.size() + 1);
    size_t slash = rest.find('/');
    FileInfo info;
    info.name = rest.substr(0, slash);
    info.is_dir = slash != std::string::npos || !is_file;
    if (!info.is_dir) info.size = size;
    entries.emplace(info.name, std::move(info));
  };
  for (const auto& [key, content] : files_) add(key, true, content.size());
  for (const auto& [key, unused] : dirs_) add(key, false, 0);
  if (!found) return NotFoundError("cannot list " + path + ": no such directory");
  std::vector<FileInfo> out;
  for (auto& [name, info] : entries) out.push_back(std::move(info));
  return out;
}

StatusOr<FileInfo> MemoryFileSystem::Stat(const std::string& path) const {
  std::lock_guard lock(mu_);
  std::string key = Key(path);
  FileInfo info;
  info.name = std::string(PathBase(key));
  auto it = files_.find(key);
  if (it != files_.end()) {
    info.size = it->second.size();
    return info;
  }
  info.is_dir = true;
  if (key.empty() || dirs_.count(key)) return info;
  auto lower = files_.lower_bound(key + "/");
  if (lower != files_.end() && IsUnder(lower->first, key)) return info;
  auto dlower = dirs_.lower_bound(key + "/");
  if (dlower != dirs_.end() && IsUnder(dlower->first, key)) return info;
  return NotFoundError("cannot stat " + path + ": no such file or directory");
}

Status MemoryFileSystem::MakeDirs(const std::string& path) {
  std::lock_guard lock(mu_);
  std::string key = Key(path);
  if (!key.empty()) dirs_[key] = true;
  return Status::Ok();
}

Status MemoryFileSystem::RemoveAll(const std::string& path) {
  std::lock_guard lock(mu_);
  std::string key = Key(path);
  std::erase_if(files_, [&](const auto& kv) { return kv.first == key || IsUnder(kv.first, key); });
  std::erase_if(dirs_, [&](const auto& kv) { return kv.first == key || IsUnder(kv.first, key); });
  return Status::Ok();
}

Status MemoryFileSystem::Rename(const std::string& from, const std::string& to) {
  std::lock_guard lock(mu_);
  std::string src = Key(from), dst = Key(to);
  auto move_keys = [&](auto& map) {
    std::vector<std::string> keys;
    for (const auto& kv : map) {
      if (kv.first == src || IsUnder(kv.first, src)) keys.push_back(kv.first);
    }
    for (const std::string& k : keys) {
      auto node = map.extract(k);
      node.key() = dst + k.substr(src.size());
      map.insert(std::move(node));
    }
    return !keys.empty();
  };
  bool moved = move_keys(files_);
  moved = move_keys(dirs_) || moved;
  if (!moved) return NotFoundError("cannot rename " + from + ": no such file or directory");
  return Status::Ok();
}

std::map<std::string, std::string> MemoryFileSystem::Snapshot(const std::string& dir) const {
  std::lock_guard lock(mu_);
  std::string key = Key(dir);
  std::map<std::string, std::string> out;
  for (const auto& [path, content] : files_) {
    if (IsUnder(path, key)) out.emplace(key.empty() ? path : path.substr(key.size() + 1), content);
  }
  return out;
}

// ---- FaultInjectingFileSystem ----

Status FaultInjectingFileSystem::Fault(std::string_view op, const std::string& path) const {
  if (fail_(op, path)) return IoError("injected fault: " + std::string(op) + " " + path);
  return Status::Ok();
}

StatusOr<std::string> FaultInjectingFileSystem::ReadFile(const std::string& path) const {
  RETURN_IF_ERROR(Fault("read", path));
  return base_->ReadFile(path);
}
Status FaultInjectingFileSystem::WriteFile(const std::string& path, std::string_view data) {
  RETURN_IF_ERROR(Fault("write", path));
  return base_->WriteFile(path, data);
}
StatusOr<std::vector<FileInfo>> FaultInjectingFileSystem::ListDir(const std::string& path) const {
  RETURN_IF_ERROR(Fault("list", path));
  return base_->ListDir(path);
}
StatusOr<FileInfo> FaultInjectingFileSystem::Stat(const std::string& path) const {
  RETURN_IF_ERROR(Fault("stat", path));
  return base_->Stat(path);
}
Status FaultInjectingFileSystem::MakeDirs(const std::string& path) {
  RETURN_IF_ERROR(Fault("mkdir", path));
  return base_->MakeDirs(path);
}
Status FaultInjectingFileSystem::RemoveAll(const std::string& path) {
  RETURN_IF_ERROR(Fault("remove", path));
  return base_->RemoveAll(path);
}
Status FaultInjectingFileSystem::Rename(const std::string& from, const std::string& to) {
  RETURN_IF_ERROR(Fault("rename", from));
  return base_->Rename(from, to);
}

}  // namespace kiln
