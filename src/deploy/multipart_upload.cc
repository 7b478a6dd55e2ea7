#include "deploy/multipart_upload.h"

#include <algorithm>
#include <vector>

namespace kiln::deploy {

uint64_t PartSize(uint64_t object_size, uint64_t threshold) {
  constexpr uint64_t kMiB = uint64_t{1} << 20;
  const uint64_t enough = (object_size + kMaxParts - 1) / kMaxParts;
  return std::max({threshold, kMinPartSize, (enough + kMiB - 1) / kMiB * kMiB});
}

Status UploadInParts(S3Client& s3, const std::string& key, const std::string& body,
                     const ObjectHeaders& headers, const std::string& md5_hex, uint64_t part_size,
                     const std::atomic<bool>* interrupted) {
  ASSIGN_OR_RETURN(std::string upload_id, s3.CreateMultipartUpload(key, headers, md5_hex));
  auto upload = [&]() -> Status {
    const uint64_t parts = std::max<uint64_t>(1, (body.size() + part_size - 1) / part_size);
    std::vector<std::string> etags;
    for (uint64_t part = 0; part < parts; ++part) {
      if (interrupted != nullptr && interrupted->load()) {
        return FailedPreconditionError("interrupted");
      }
      ASSIGN_OR_RETURN(std::string etag, s3.UploadPart(key, upload_id, static_cast<int>(part + 1),
                                                       body.substr(part * part_size, part_size)));
      etags.push_back(std::move(etag));
    }
    Status completed = s3.CompleteMultipartUpload(key, upload_id, etags);
    if (completed.ok()) return completed;
    // A completion whose reply was lost is retried and fails (NoSuchUpload): the object is
    // there, and it is this upload's when its size, MD5 and headers are this upload's.
    StatusOr<ObjectHead> head = s3.HeadObject(key);
    if (head.ok() && head->size == body.size() && head->md5chksum == md5_hex &&
        head->headers == headers) {
      return Status::Ok();
    }
    return completed;
  };
  Status status = upload();
  if (status.ok()) return status;
  Status aborted = s3.AbortMultipartUpload(key, upload_id);
  if (!aborted.ok()) {
    return Status(status.code(), status.message() + "; aborting the upload failed too (" +
                                     aborted.message() +
                                     "): its parts stay in the bucket until a lifecycle rule "
                                     "removes them");
  }
  return status;
}

}  // namespace kiln::deploy
