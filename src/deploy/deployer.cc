#include "deploy/deployer.h"

#include <atomic>
#include <cstdio>
#include <istream>
#include <mutex>
#include <ostream>

#include "base/path.h"
#include "base/strings.h"
#include "deploy/bucket_listing.h"
#include "deploy/cloudfront.h"
#include "deploy/crypto.h"
#include "deploy/local_files.h"
#include "deploy/manifest.h"
#include "deploy/multipart_upload.h"
#include "deploy/parallel.h"
#include "deploy/planner.h"
#include "deploy/remote_state.h"
#include "deploy/s3_client.h"
#include "deploy/sigv4.h"

namespace kiln::deploy {

namespace {

Status CheckInterrupted(const DeployEnvironment& env) {
  if (env.interrupted != nullptr && env.interrupted->load()) {
    return FailedPreconditionError("interrupted");
  }
  return Status::Ok();
}

// Records what the bucket holds (or, with complete = false, that a deploy is changing it).
Status WriteManifest(S3Client& s3, const std::string& prefix, Manifest manifest, bool complete) {
  manifest.complete = complete;
  std::string body = EncodeManifest(manifest);
  return s3.PutObject(prefix + kManifestKey, body, {"no-store", "application/json", "gzip"},
                      Md5Hex(body));
}

Manifest ManifestOf(const std::vector<LocalFile>& files, const std::string& deploy_id) {
  Manifest manifest;
  manifest.deploy_id = deploy_id;
  for (const LocalFile& f : files) manifest.objects[f.key] = {f.md5_hex, f.size, f.headers};
  return manifest;
}

void PrintDryRun(const Plan& plan, const std::vector<LocalFile>& files, std::ostream& out) {
  for (const PlannedUpload& up : plan.uploads) {
    const LocalFile& f = files[up.file];
    out << "[DRY RUN] Would upload: " << f.path << " (" << HumanBytes(f.size)
        << ", Cache-Control: \"" << f.headers.cache_control << "\", Content-Encoding: \""
        << f.headers.content_encoding << "\", Content-Type: \"" << f.headers.content_type
        << "\"): " << UploadReasonText(up) << "\n";
  }
  for (const std::string& key : plan.deletes) out << "[DRY RUN] Would delete " << key << "\n";
}

// The keys whose cached copies a CDN must drop: changed or deleted objects that are not
// immutable, relative to the target prefix.
std::vector<std::string> KeysToInvalidate(const Plan& plan, const std::vector<LocalFile>& files,
                                          const RemoteIndex& remote, const Target& target) {
  std::vector<std::string> keys;
  const size_t strip = target.bucket.prefix.size();
  for (const PlannedUpload& up : plan.uploads) {
    const LocalFile& f = files[up.file];
    if (up.reason == UploadReason::kNew) continue;  // nothing cached yet
    if (f.headers.cache_control.find("immutable") != std::string::npos) continue;
    keys.push_back(f.key.substr(strip));
  }
  for (const std::string& key : plan.deletes) {
    auto it = remote.find(key);
    bool immutable = it != remote.end() && it->second.headers
                         ? it->second.headers->cache_control.find("immutable") != std::string::npos
                         : IsFingerprinted(key);
    if (!immutable) keys.push_back(key.substr(strip));
  }
  return keys;
}

}  // namespace

std::string HumanBytes(uint64_t bytes) {
  if (bytes < 1000) return std::to_string(bytes) + " B";
  static constexpr const char* kUnits[] = {"kB", "MB", "GB", "TB", "PB"};
  double value = static_cast<double>(bytes);
  int unit = -1;
  while (value >= 1000 && unit < 4) {
    value /= 1000;
    ++unit;
  }
  char buf[32];
  std::snprintf(buf, sizeof(buf), value < 10 ? "%.1f %s" : "%.0f %s", value, kUnits[unit]);
  return buf;
}

StatusOr<DeployResult> RunDeploy(const DeployOptions& options, const DeploymentConfig& config,
                                 const DeployEnvironment& env) {
  std::ostream& out = *env.out;
  std::ostream& err = *env.err;
  ASSIGN_OR_RETURN(const Target* target, config.FindTarget(options.target));
  ASSIGN_OR_RETURN(EnvMap vars, MergeDotEnv(env.env, *env.fs, options.site_dir));
  ASSIGN_OR_RETURN(AwsSettings aws, ResolveAwsSettings(vars, *env.fs, target->bucket));
  const int workers = std::max(options.workers, 1);

  S3Bucket bucket{
      aws.endpoint.empty() ? DefaultS3Endpoint(aws.region) : aws.endpoint, target->bucket.bucket,
      aws.region,
      target->bucket.force_path_style || target->bucket.bucket.find('.') != std::string::npos};
  Backoff backoff(env.retry, env.sleeper, env.seed);
  S3Client s3(env.transport, bucket, aws.credentials, env.clock, &backoff);

  out << "Deploying to target \"" << target->name << "\" (" << target->url << ")\n";
  ASSIGN_OR_RETURN(std::vector<std::string> site_paths,
                   ListLocalPaths(*env.fs, options.publish_dir, *target));
  std::vector<std::string> keys;
  keys.reserve(site_paths.size());
  for (const std::string& path : site_paths) keys.push_back(KeyForPath(path, *target));
  // The bucket is listed while the files are read and hashed.
  RemoteFetch fetch(&s3, target->bucket.prefix, std::move(keys),
                    {options.trust_manifest, env.list_page_size,
                     options.list_workers > 0 ? options.list_workers
                                              : DefaultListWorkers(bucket.endpoint, workers),
                     workers});
  StatusOr<std::vector<LocalFile>> described =
      DescribeLocalFiles(*env.fs, options.publish_dir, site_paths, *target, config);
  const std::vector<LocalFile> none;
  ASSIGN_OR_RETURN(RemoteState state, fetch.Finish(described.ok() ? *described : none, err));
  RETURN_IF_ERROR(described.status());
  const std::vector<LocalFile>& files = *described;
  const RemoteIndex& remote = state.index;
  Plan plan = MakePlan(files, remote, *target, {options.force, options.max_deletes, ".kiln/"});

  DeployResult result;
  result.skipped_deletes = plan.skipped_deletes;
  if (plan.skipped_deletes > 0) {
    err << "WARN Skipping " << plan.skipped_deletes
        << " deletes because it is more than --maxDeletes (" << options.max_deletes
        << "). If this is expected, set --maxDeletes to a larger number, or -1 "
        << "to disable this check.\n";
  }
  const std::string deploy_id = FormatAmzDate(env.clock->NowUnixNanos() / 1'000'000'000);
  if (plan.empty()) {
    // Nothing to change, but record the bucket's state if the manifest does not yet.
    if (!options.dry_run && !state.manifest_current) {
      RETURN_IF_ERROR(WriteManifest(s3, target->bucket.prefix, ManifestOf(files, deploy_id), true));
    }
    out << "No changes required.\n";
    return result;
  }
  out << "Identified " << plan.uploads.size() << " file(s) to upload, totaling "
      << HumanBytes(plan.upload_bytes) << ", and " << plan.deletes.size()
      << " file(s) to delete.\n";

  std::vector<std::string> invalidate = KeysToInvalidate(plan, files, remote, *target);
  std::vector<std::string> paths = InvalidationPaths(invalidate, config.invalidation_max_paths);
  bool cdn =
      options.invalidate_cdn && !target->cloudfront_distribution_id.empty() && !paths.empty();
  if (options.dry_run) {
    PrintDryRun(plan, files, out);
    if (cdn) {
      out << "[DRY RUN] Would invalidate CloudFront CDN with ID "
          << target->cloudfront_distribution_id << ": " << Join(paths, " ") << "\n";
    }
    return result;
  }
  if (options.confirm) {
    out << "Continue? (Y/n) " << std::flush;
    std::string answer;
    if (env.in != nullptr) std::getline(*env.in, answer);
    answer = AsciiLower(TrimSpace(answer));
    if (!answer.empty() && answer != "y" && answer != "yes") {
      return FailedPreconditionError("deploy cancelled");
    }
  }

  // From here until the final manifest, the bucket is not what any manifest says.
  RETURN_IF_ERROR(WriteManifest(s3, target->bucket.prefix, state.manifest, false));
  // Uploads, group by group: a group starts only when the one before it fully succeeded.
  std::atomic<size_t> done{0};
  std::atomic<uint64_t> done_bytes{0};
  std::mutex progress_mu;
  const size_t total = plan.uploads.size();
  for (const std::vector<size_t>& group : plan.groups) {
    Status s = ParallelFor(group.size(), workers, [&](size_t i) -> Status {
      RETURN_IF_ERROR(CheckInterrupted(env));
      const LocalFile& f = files[plan.uploads[group[i]].file];
      ASSIGN_OR_RETURN(std::string body, ReadUploadBody(*env.fs, options.publish_dir, f));
      if (f.size >= options.multipart_threshold) {
        RETURN_IF_ERROR(UploadInParts(s3, f.key, body, f.headers, f.md5_hex,
                                      PartSize(f.size, options.multipart_threshold),
                                      env.interrupted));
      } else {
        RETURN_IF_ERROR(s3.PutObject(f.key, body, f.headers, f.md5_hex));
      }
      size_t n = ++done;
      uint64_t b = done_bytes += f.size;
      if (total >= 100 && (n % (total / 10) == 0 || n == total)) {
        std::lock_guard<std::mutex> lock(progress_mu);
        err << "Uploaded " << n << "/" << total << " files, " << HumanBytes(b) << "\n";
      }
      return Status::Ok();
    });
    if (!s.ok()) {
      return std::move(s).WithContext("deploy stopped after " + std::to_string(done.load()) +
                                      " of " + std::to_string(total) +
                                      " uploads; nothing that pages need "
                                      "was left missing, run kiln deploy again to finish");
    }
  }
  result.uploaded = done;
  result.uploaded_bytes = done_bytes;
  RETURN_IF_ERROR(CheckInterrupted(env));
  RETURN_IF_ERROR(s3.DeleteObjects(plan.deletes));
  result.deleted = plan.deletes.size();

  // Record what the bucket now holds, for the next deploy's comparison.
  RETURN_IF_ERROR(WriteManifest(s3, target->bucket.prefix, ManifestOf(files, deploy_id), true));
  out << "Success!\n";

  if (cdn) {
    Backoff cdn_backoff(env.retry, env.sleeper, env.seed + 1);
    CloudFrontClient cloudfront(
        env.transport,
        env.cloudfront_endpoint.empty() ? kCloudFrontEndpoint : env.cloudfront_endpoint,
        aws.credentials, env.clock, &cdn_backoff);
    out << "Invalidating CloudFront CDN " << target->cloudfront_distribution_id << " ("
        << paths.size() << " path(s))...\n";
    StatusOr<std::string> id = cloudfront.CreateInvalidation(target->cloudfront_distribution_id,
                                                             paths, "kiln-" + deploy_id);
    if (!id.ok()) {
      return std::move(id).status().WithContext("Failed to invalidate CloudFront CDN");
    }
    result.invalidation_id = *id;
  }
  return result;
}

}  // namespace kiln::deploy
