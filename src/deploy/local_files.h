// The local side of a deploy: walks the publish directory, applies the target's
// include/exclude globs and the first matching matcher, and describes each file as it will be
// uploaded (key, size and MD5 of the bytes sent — gzipped when the matcher says so — headers,
// upload phase and, for pages, what they load and link to).
//
// LocalFile is a plain value. ListLocalPaths and DescribeLocalFiles read through the
// FileSystem and keep no state.
#ifndef KILN_DEPLOY_LOCAL_FILES_H_
#define KILN_DEPLOY_LOCAL_FILES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "deploy/deploy_config.h"
#include "deploy/object_headers.h"
#include "deploy/s3_client.h"

namespace kiln::deploy {

struct LocalFile {
  std::string path;     // site path, relative to the publish directory: "blog/index.html"
  std::string key;      // object key inside the target prefix ("blog/" with stripIndexHTML)
  uint64_t size = 0;    // bytes uploaded
  std::string md5_hex;  // of the bytes uploaded
  ObjectHeaders headers;
  bool gzip = false;
  bool force = false;  // the matcher's `force`
  Phase phase = Phase::kAssets;
  int order_group = 0;  // index of the first `order` pattern it matches; patterns.size() if none
  std::vector<std::string> loads;  // pages only: site paths it loads
  std::vector<std::string> links;  // pages only: site paths it links to
};

// The object key for a site path under the target's rules.
std::string KeyForPath(const std::string& path, const Target& target);

// The site paths under `publish_dir` that the target's include/exclude globs take, sorted.
// Hidden files and directories are skipped (except .well-known), and so is .DS_Store. Reads
// directories only, so a deploy can start listing the bucket before it reads the files.
StatusOr<std::vector<std::string>> ListLocalPaths(const FileSystem& fs,
                                                  const std::string& publish_dir,
                                                  const Target& target);

// Each of `paths` (from ListLocalPaths) as it will be uploaded, in the same order.
StatusOr<std::vector<LocalFile>> DescribeLocalFiles(const FileSystem& fs,
                                                    const std::string& publish_dir,
                                                    const std::vector<std::string>& paths,
                                                    const Target& target,
                                                    const DeploymentConfig& config);

// The bytes to upload for `file` (read again, and gzipped if needed).
StatusOr<std::string> ReadUploadBody(const FileSystem& fs, const std::string& publish_dir,
                                     const LocalFile& file);

// Whether a path passes the target's include/exclude globs.
bool TargetIncludes(const Target& target, const std::string& path);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_LOCAL_FILES_H_
