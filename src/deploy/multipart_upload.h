// Uploading a large object in parts (S3's multipart upload): one PutObject is limited to 5 GB
// and, for big files, is one long request that a dropped connection restarts from zero.
// Objects at or above a threshold (64 MiB unless --multipartThreshold says otherwise) go up in
// parts, each retried on its own; an upload that fails is aborted so S3 keeps no orphaned
// parts.
//
// A multipart object's ETag is not its MD5, so the upload also writes the md5chksum metadata
// (the MD5 of the whole object, as hugo does) that the next deploy compares, with the
// manifest, instead of the ETag.
//
// Stateless functions over an S3Client (thread-safe), which must outlive the call.
#ifndef KILN_DEPLOY_MULTIPART_UPLOAD_H_
#define KILN_DEPLOY_MULTIPART_UPLOAD_H_

#include <atomic>
#include <cstdint>
#include <string>

#include "base/status.h"
#include "deploy/s3_client.h"

namespace kiln::deploy {

inline constexpr uint64_t kDefaultMultipartThreshold = uint64_t{64} << 20;
inline constexpr uint64_t kMinPartSize = uint64_t{5} << 20;  // S3's minimum, but for the last
inline constexpr uint64_t kMaxParts = 10'000;                // S3's maximum

// The part size for an object: the threshold, at least S3's minimum, and large enough (in
// whole MiB) that the object needs no more than S3's maximum number of parts.
uint64_t PartSize(uint64_t object_size, uint64_t threshold);

// Uploads `body` as `key` in parts of `part_size` bytes. Stops before the next part once
// `interrupted` (may be null) is set. On any failure it aborts the upload and returns the
// first error.
Status UploadInParts(S3Client& s3, const std::string& key, const std::string& body,
                     const ObjectHeaders& headers, const std::string& md5_hex, uint64_t part_size,
                     const std::atomic<bool>* interrupted);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_MULTIPART_UPLOAD_H_
