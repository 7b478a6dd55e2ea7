#include "deploy/remote_state.h"

#include <mutex>
#include <ostream>

#include "deploy/bucket_listing.h"
#include "deploy/parallel.h"

namespace kiln::deploy {

namespace {

bool IsMd5Etag(const std::string& etag) {
  return etag.size() == 32 && etag.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

RemoteFetch::RemoteFetch(S3Client* s3, std::string prefix, std::vector<std::string> local_keys,
                         RemoteFetchOptions options)
    : s3_(s3),
      prefix_(std::move(prefix)),
      local_keys_(std::move(local_keys)),
      options_(options),
      thread_([this] { Fetch(); }) {}

Status RemoteFetch::ReadManifest() {
  manifest_.complete = false;
  ASSIGN_OR_RETURN(std::optional<std::string> body, s3_->GetObject(prefix_ + kManifestKey));
  if (!body) return Status::Ok();
  StatusOr<Manifest> parsed = DecodeManifest(*body);
  if (parsed.ok()) {
    manifest_ = std::move(parsed).value();
  } else {
    manifest_warning_ = std::string(parsed.status().message());
  }
  return Status::Ok();
}

void RemoteFetch::Fetch() {
  auto list = [this] {
    StatusOr<std::vector<RemoteObject>> listed = ListBucket(
        *s3_, prefix_, std::move(local_keys_), options_.page_size, options_.list_workers);
    if (listed.ok()) {
      listed_ = std::move(listed).value();
      listed_all_ = true;
    } else {
      list_status_ = listed.status();
    }
  };
  if (options_.trust_manifest) {
    manifest_status_ = ReadManifest();
    if (manifest_status_.ok() && manifest_.complete) return;
    list();
    return;
  }
  // The manifest's one GET goes alongside the listing's pages.
  std::jthread manifest([this] { manifest_status_ = ReadManifest(); });
  list();
}

StatusOr<RemoteState> RemoteFetch::Finish(const std::vector<LocalFile>& files, std::ostream& err) {
  thread_.join();
  RETURN_IF_ERROR(list_status_);
  RETURN_IF_ERROR(manifest_status_);
  if (!manifest_warning_.empty()) {
    err << "WARN " << manifest_warning_ << "; reading headers with HEAD instead\n";
  }
  RemoteState state;
  state.manifest = std::move(manifest_);
  const Manifest& manifest = state.manifest;
  RemoteIndex& remote = state.index;
  if (!listed_all_) {
    for (const auto& [key, m] : manifest.objects) remote[key] = {m.size, m.md5_hex, m.headers};
    state.manifest_current = true;
    return state;
  }
  size_t agreeing = 0;
  for (RemoteObject& o : listed_) {
    RemoteEntry e{o.size, IsMd5Etag(o.etag) ? o.etag : "", std::nullopt};
    auto m = manifest.objects.find(o.key);
    // The manifest speaks for an object only if the object is still the one it describes.
    if (m != manifest.objects.end() && m->second.size == o.size &&
        (e.md5_hex.empty() || e.md5_hex == m->second.md5_hex)) {
      e.md5_hex = m->second.md5_hex;
      e.headers = m->second.headers;
      ++agreeing;
    }
    remote[std::move(o.key)] = std::move(e);
  }
  // Objects kiln would otherwise skip but whose headers (or MD5) it does not know.
  std::vector<std::string> to_head;
  for (const LocalFile& f : files) {
    auto it = remote.find(f.key);
    if (it == remote.end() || it->second.size != f.size) continue;
    if (it->second.headers && !it->second.md5_hex.empty()) continue;
    to_head.push_back(f.key);
  }
  std::mutex mu;
  RETURN_IF_ERROR(ParallelFor(to_head.size(), options_.workers, [&](size_t i) -> Status {
    ASSIGN_OR_RETURN(ObjectHead head, s3_->HeadObject(to_head[i]));
    std::lock_guard<std::mutex> lock(mu);
    RemoteEntry& e = remote[to_head[i]];
    e.headers = head.headers;
    if (e.md5_hex.empty()) e.md5_hex = head.md5chksum;
    return Status::Ok();
  }));
  const size_t listed_objects = listed_.size() - (remote.contains(prefix_ + kManifestKey) ? 1 : 0);
  state.manifest_current = manifest.complete && to_head.empty() &&
                           agreeing == manifest.objects.size() && agreeing == listed_objects;
  return state;
}

}  // namespace kiln::deploy
