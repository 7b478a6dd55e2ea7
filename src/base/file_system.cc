#include "base/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

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

int64_t ToUnixNanos(fs::file_time_type t) {
  // libstdc++'s file clock is system_clock shifted by a fixed epoch.
  auto sys = std::chrono::file_clock::to_sys(t);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(sys.time_since_epoch()).count();
}
}  // namespace

StatusOr<std::string> RealFileSystem::ReadFile(const std::string& path) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec(errno, std::generic_category());
    return FromErrorCode(ec, "cannot read", path);
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return IoError("cannot read " + path);
  return std::move(buf).str();
}

Status RealFileSystem::WriteFile(const std::string& path, std::string_view data) {
  std::string_view dir = PathDir(path);
  if (!dir.empty()) RETURN_IF_ERROR(MakeDirs(std::string(dir)));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    std::error_code ec(errno, std::generic_category());
    return FromErrorCode(ec, "cannot write", path);
  }
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) return IoError("cannot write " + path);
  return Status::Ok();
}

StatusOr<std::vector<FileInfo>> RealFileSystem::ListDir(const std::string& path) const {
  std::error_code ec;
  fs::directory_iterator it(path, ec);
  if (ec) return FromErrorCode(ec, "cannot list", path);
  std::vector<FileInfo> out;
  for (const fs::directory_entry& entry : it) {
    FileInfo info;
    info.name = entry.path().filename().string();
    info.is_dir = entry.is_directory(ec);
    if (!info.is_dir) info.size = entry.file_size(ec);
    auto t = entry.last_write_time(ec);
    if (!ec) info.mtime_ns = ToUnixNanos(t);
    out.push_back(std::move(info));
  }
  std::sort(out.begin(), out.end(),
            [](const FileInfo& a, const FileInfo& b) { return a.name < b.name; });
  return out;
}

StatusOr<FileInfo> RealFileSystem::Stat(const std::string& path) const {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    if (!ec) ec = std::make_error_code(std::errc::no_such_file_or_directory);
    return FromErrorCode(ec, "cannot stat", path);
  }
  FileInfo info;
  info.name = std::string(PathBase(path));
  info.is_dir = fs::is_directory(st);
  if (!info.is_dir) info.size = fs::file_size(path, ec);
  auto t = fs::last_write_time(path, ec);
  if (!ec) info.mtime_ns = ToUnixNanos(t);
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
