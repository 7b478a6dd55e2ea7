// RemoteFetch: finds out what the bucket holds while the deploy reads its own files. From
// construction it reads kiln's manifest and lists the bucket (both at once) on a thread of its
// own, so the server's listing time and the hashing of the publish directory overlap; Finish()
// waits for both, joins the listing with the manifest's headers, and HEADs the objects whose
// headers or MD5 neither gives. With `trust_manifest`, a complete manifest stands in for the
// listing.
//
// Borrows the S3Client (thread-safe), which must outlive the RemoteFetch. Finish() is called
// once, from the thread that made the object; the destructor waits for the background thread.
#ifndef KILN_DEPLOY_REMOTE_STATE_H_
#define KILN_DEPLOY_REMOTE_STATE_H_

#include <iosfwd>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/status.h"
#include "deploy/local_files.h"
#include "deploy/manifest.h"
#include "deploy/planner.h"
#include "deploy/s3_client.h"

namespace kiln::deploy {

struct RemoteState {
  RemoteIndex index;
  Manifest manifest;              // as read; empty and incomplete if missing or unreadable
  bool manifest_current = false;  // complete and in agreement with the listing
};

struct RemoteFetchOptions {
  bool trust_manifest = false;
  int page_size = 1000;  // ListObjectsV2 max-keys
  int list_workers = 1;  // key ranges listed at once
  int workers = 1;       // HEAD requests at once
};

class RemoteFetch {
 public:
  // `local_keys`: the keys the deploy will upload, where the listing splits its key ranges.
  RemoteFetch(S3Client* s3, std::string prefix, std::vector<std::string> local_keys,
              RemoteFetchOptions options);
  RemoteFetch(const RemoteFetch&) = delete;
  RemoteFetch& operator=(const RemoteFetch&) = delete;

  // The bucket's state for planning the upload of `files`. A listing error (credentials,
  // bucket, region) comes first: it is the one users must fix. A manifest kiln cannot read is
  // a warning on `err`, and its objects' headers are read with HEAD instead.
  StatusOr<RemoteState> Finish(const std::vector<LocalFile>& files, std::ostream& err);

 private:
  void Fetch();
  // The manifest, or an empty, incomplete one (with a warning) when missing or unreadable.
  Status ReadManifest();

  S3Client* s3_;
  const std::string prefix_;
  std::vector<std::string> local_keys_;
  const RemoteFetchOptions options_;
  // Written by the background thread, read by Finish() after it has joined.
  Status list_status_;
  Status manifest_status_;
  std::vector<RemoteObject> listed_;
  bool listed_all_ = false;  // false: a trusted complete manifest made listing needless
  Manifest manifest_;
  std::string manifest_warning_;
  std::jthread thread_;  // last, so it starts after, and is joined before, the rest
};

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_REMOTE_STATE_H_
