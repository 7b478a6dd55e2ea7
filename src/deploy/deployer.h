// RunDeploy: `kiln deploy`, the entry point the command line calls. It syncs a built site's
// publish directory to the S3 bucket of one deployment target and invalidates the target's
// CloudFront distribution, as `hugo deploy` does, but also uploads header-only changes,
// orders uploads so no page goes live before what it needs, and invalidates only the paths
// that need it.
//
// Everything outside the process comes in through DeployEnvironment, which the caller owns and
// which must outlive the call. RunDeploy itself runs `workers` threads and joins them before
// returning.
#ifndef KILN_DEPLOY_DEPLOYER_H_
#define KILN_DEPLOY_DEPLOYER_H_

#include <atomic>
#include <cstdint>
#include <iosfwd>
#include <string>

#include "base/clock.h"
#include "base/file_system.h"
#include "base/status.h"
#include "deploy/credentials.h"
#include "deploy/deploy_config.h"
#include "deploy/http_transport.h"
#include "deploy/retry.h"

namespace kiln::deploy {

// The `kiln deploy` flags, with hugo deploy's names and defaults.
struct DeployOptions {
  std::string target;          // --target; empty: the first target
  bool dry_run = false;        // --dryRun
  bool confirm = false;        // --confirm
  bool force = false;          // --force
  bool invalidate_cdn = true;  // --invalidateCDN
  int max_deletes = 256;       // --maxDeletes; -1: unlimited
  int workers = 10;            // --workers
  // --trustManifest (kiln's own): when the bucket holds a complete manifest from the last kiln
  // deploy, diff against it instead of listing the bucket. Much faster for large sites; only
  // for buckets that nothing but kiln writes to.
  bool trust_manifest = false;
  // --listWorkers (kiln's own): how many key ranges of a large bucket are listed at once; 0
  // means DefaultListWorkers: as many as --workers, but 1 (page after page) against a
  // plain-HTTP endpoint on this machine, such as the single-threaded s3rver.
  int list_workers = 0;
  // --multipartThreshold (kiln's own; hugo has no such setting): objects of at least this many
  // bytes go up as multipart uploads, in parts of this size (at least 5 MiB).
  uint64_t multipart_threshold = uint64_t{64} << 20;
  std::string publish_dir;  // the built site, e.g. "public"
  std::string site_dir;     // the site root, where a .env file may be
};

struct DeployEnvironment {
  EnvMap env;                // the process environment, as a map
  FileSystem* fs = nullptr;  // the publish dir, .env and ~/.aws files
  HttpTransport* transport = nullptr;
  const Clock* clock = nullptr;
  Sleeper* sleeper = nullptr;       // waits between retries
  std::ostream* out = nullptr;      // the plan and the summary
  std::ostream* err = nullptr;      // progress and warnings
  std::istream* in = nullptr;       // the --confirm answer
  std::string cloudfront_endpoint;  // empty: CloudFront's own; tests point it at a recorder
  RetryPolicy retry;
  uint64_t seed = 0;          // for retry jitter
  int list_page_size = 1000;  // ListObjectsV2 max-keys; tests make it small
  // Set (from another thread) when the user interrupts: no new upload or delete starts, the
  // ones in flight finish, and the deploy fails saying so.
  const std::atomic<bool>* interrupted = nullptr;
};

// What a deploy did, for the caller and the tests.
struct DeployResult {
  size_t uploaded = 0;
  uint64_t uploaded_bytes = 0;
  size_t deleted = 0;
  size_t skipped_deletes = 0;
  std::string invalidation_id;
};

StatusOr<DeployResult> RunDeploy(const DeployOptions& options, const DeploymentConfig& config,
                                 const DeployEnvironment& env);

// "83 B", "1.2 kB", "12 MB": sizes as hugo prints them (SI units).
std::string HumanBytes(uint64_t bytes);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_DEPLOYER_H_
