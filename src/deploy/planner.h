// The deploy planner: compares the local files with what the bucket holds and decides what to
// upload (and why), in which order, and what to delete. Pure: it reads nothing and changes
// nothing, so dry runs, tests and a future rollback ledger share it.
//
// Order is what keeps visitors from seeing a half-deployed site. Uploads run in groups, each
// finished before the next starts: assets, then stylesheets and scripts, then pages (HTML,
// feeds, sitemaps); inside a phase the `order` patterns split groups further, and pages that
// link to pages new in this deploy go after them. Deletes come last, once every upload
// succeeded.
//
// Every PlannedUpload keeps what it replaces (`previous`), and the plan names every object it
// deletes, which is what a deploy record needs to roll a deploy back.
#ifndef KILN_DEPLOY_PLANNER_H_
#define KILN_DEPLOY_PLANNER_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "deploy/local_files.h"
#include "deploy/s3_client.h"

namespace kiln::deploy {

// What kiln knows about one remote object.
struct RemoteEntry {
  uint64_t size = 0;
  std::string md5_hex;  // empty when unknown (multipart or SSE-KMS ETag, no md5chksum)
  std::optional<ObjectHeaders> headers;  // from the deploy manifest or a HEAD
};
using RemoteIndex = std::map<std::string, RemoteEntry>;  // by full key

enum class UploadReason {
  kNew,
  kForce,
  kSizeDiffers,
  kMd5Differs,
  kRemoteMd5Missing,
  kHeadersDiffer
};

struct PlannedUpload {
  size_t file = 0;  // index into the LocalFile vector the plan was made from
  UploadReason reason = UploadReason::kNew;
  std::string detail;  // e.g. which header differs
  std::optional<RemoteEntry> previous;
};

struct PlanOptions {
  bool force = false;
  int max_deletes = 256;  // -1: unlimited
  // Keys under this prefix (inside the target prefix) belong to kiln's own records and are
  // neither compared nor deleted.
  std::string reserved_prefix = ".kiln/";
};

struct Plan {
  std::vector<PlannedUpload> uploads;       // in upload order
  std::vector<std::vector<size_t>> groups;  // indices into `uploads`, run group by group
  std::vector<std::string> deletes;         // keys, sorted
  size_t skipped_deletes = 0;               // deletes over max_deletes, not done
  uint64_t upload_bytes = 0;

  bool empty() const { return uploads.empty() && deletes.empty(); }
};

// "not found at target", "size differs", … as hugo prints them, plus kiln's "headers differ".
std::string UploadReasonText(const PlannedUpload& upload);

Plan MakePlan(const std::vector<LocalFile>& files, const RemoteIndex& remote, const Target& target,
              const PlanOptions& options);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_PLANNER_H_
