#include "publish/publisher.h"

#include "base/path.h"

namespace kiln {

DirectoryPublisher::DirectoryPublisher(FileSystem* fs, std::string dir, bool clean_destination)
    : fs_(fs),
      dir_(std::move(dir)),
      staging_(dir_ + ".kiln-staging"),
      clean_destination_(clean_destination) {}

StatusOr<std::unique_ptr<DirectoryPublisher>> DirectoryPublisher::Create(FileSystem* fs,
                                                                         std::string dir,
                                                                         bool clean_destination) {
  std::unique_ptr<DirectoryPublisher> p(
      new DirectoryPublisher(fs, CleanPath(dir), clean_destination));
  RETURN_IF_ERROR(fs->RemoveAll(p->staging_));
  RETURN_IF_ERROR(fs->MakeDirs(p->staging_));
  return p;
}

DirectoryPublisher::~DirectoryPublisher() {
  if (!committed_) fs_->RemoveAll(staging_).IgnoreError();
}

Status DirectoryPublisher::Write(const std::string& path, std::string_view data) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    written_[path] = true;
  }
  return fs_->WriteFile(JoinPath(staging_, path), data);
}

// Copies the previous output's files under `rel` that this build did not write.
Status DirectoryPublisher::CarryOver(const std::string& rel) {
  std::string dir = rel.empty() ? dir_ : JoinPath(dir_, rel);
  ASSIGN_OR_RETURN(std::vector<FileInfo> entries, fs_->ListDir(dir));
  for (const FileInfo& e : entries) {
    std::string path = rel.empty() ? e.name : rel + "/" + e.name;
    if (e.is_dir) {
      RETURN_IF_ERROR(CarryOver(path));
    } else if (written_.count(path) == 0) {
      ASSIGN_OR_RETURN(std::string data, fs_->ReadFile(JoinPath(dir_, path)));
      RETURN_IF_ERROR(fs_->WriteFile(JoinPath(staging_, path), data));
    }
  }
  return Status::Ok();
}

Status DirectoryPublisher::Commit() {
  bool had_previous = fs_->IsDir(dir_);
  if (had_previous && !clean_destination_) RETURN_IF_ERROR(CarryOver(""));
  std::string old = dir_ + ".kiln-old";
  if (had_previous) {
    RETURN_IF_ERROR(fs_->RemoveAll(old));
    RETURN_IF_ERROR(fs_->Rename(dir_, old));
  }
  Status swapped = fs_->Rename(staging_, dir_);
  if (!swapped.ok()) {
    if (had_previous) fs_->Rename(old, dir_).IgnoreError();
    return swapped;
  }
  committed_ = true;
  if (had_previous) RETURN_IF_ERROR(fs_->RemoveAll(old));
  return Status::Ok();
}

Status MemoryPublisher::Write(const std::string& path, std::string_view data) {
  std::lock_guard<std::mutex> lock(mu_);
  files_[path] = std::string(data);
  return Status::Ok();
}

Status MemoryPublisher::Commit() {
  committed_ = true;
  return Status::Ok();
}

}  // namespace kiln
