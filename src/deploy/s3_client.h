// S3Client: the few S3 calls a deploy needs (ListObjectsV2 with paging, PutObject, multipart
// uploads, HeadObject, GetObject, DeleteObjects in batches of 1,000), signed with SigV4 and retried
// with backoff on connection errors, 5xx and SlowDown. Errors that a user must fix (wrong
// credentials, missing bucket, wrong region, TLS) come back as clear, non-retried statuses that
// never contain the secret key.
//
// Borrows the transport, clock and backoff, which must outlive it. Thread-safe: the deployer
// calls it from all its workers at once.
#ifndef KILN_DEPLOY_S3_CLIENT_H_
#define KILN_DEPLOY_S3_CLIENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/status.h"
#include "deploy/http_transport.h"
#include "deploy/retry.h"
#include "deploy/sigv4.h"

namespace kiln::deploy {

// The headers kiln sets on every object and compares between deploys.
struct ObjectHeaders {
  std::string cache_control;
  std::string content_type;
  std::string content_encoding;

  bool operator==(const ObjectHeaders&) const = default;
};

struct RemoteObject {
  std::string key;
  uint64_t size = 0;
  std::string etag;  // without quotes
};

// A slice of the bucket's key space: keys > `start_after` (all when empty) and <= `last` (no
// end when empty), so disjoint ranges of a large bucket can be listed in parallel.
// `expected_keys`, when known, sizes the first page so that listing a range whose keys are as
// expected reads no key past its end.
struct KeyRange {
  std::string start_after;
  std::string last;
  size_t expected_keys = 0;
};

struct ObjectHead {
  uint64_t size = 0;
  std::string etag;
  std::string md5chksum;  // the x-amz-meta-md5chksum kiln and hugo write; may be empty
  ObjectHeaders headers;
};

struct S3Bucket {
  std::string endpoint;  // "https://s3.us-west-1.amazonaws.com", "http://127.0.0.1:4569"
  std::string bucket;
  std::string region;
  bool path_style = false;  // "/bucket/key" instead of "bucket.host/key"
};

// The S3 endpoint for a region when none is configured.
std::string DefaultS3Endpoint(const std::string& region);

class S3Client {
 public:
  S3Client(HttpTransport* transport, S3Bucket bucket, Credentials credentials, const Clock* clock,
           Backoff* backoff);

  // Every object under `prefix` in `range`, following continuation tokens; `page_size` is
  // max-keys (S3 caps it at 1,000).
  StatusOr<std::vector<RemoteObject>> ListObjects(const std::string& prefix, int page_size = 1000,
                                                  const KeyRange& range = {});
  Status PutObject(const std::string& key, const std::string& body, const ObjectHeaders& headers,
                   const std::string& md5_hex);
  // Multipart upload, for objects too large to send in one request. The headers and the
  // md5chksum metadata (the MD5 of the whole object, which a multipart ETag is not) are given
  // when the upload is created.
  StatusOr<std::string> CreateMultipartUpload(const std::string& key, const ObjectHeaders& headers,
                                              const std::string& md5_hex);  // the upload ID
  StatusOr<std::string> UploadPart(const std::string& key, const std::string& upload_id,
                                   int part_number, std::string body);  // the part's ETag
  Status CompleteMultipartUpload(const std::string& key, const std::string& upload_id,
                                 const std::vector<std::string>& part_etags);
  // Drops the parts of an upload that will not be completed.
  Status AbortMultipartUpload(const std::string& key, const std::string& upload_id);
  StatusOr<ObjectHead> HeadObject(const std::string& key);
  // The object's body, or nullopt when it does not exist.
  StatusOr<std::optional<std::string>> GetObject(const std::string& key);
  // Deletes in batches of at most 1,000 keys; keys that are already gone count as deleted.
  Status DeleteObjects(const std::vector<std::string>& keys);

  const S3Bucket& bucket() const { return bucket_; }

 private:
  HttpRequest NewRequest(const std::string& method, const std::string& key) const;
  // Content-Type, Cache-Control, Content-Encoding and the md5chksum metadata.
  void AddObjectHeaders(HttpRequest* request, const ObjectHeaders& headers,
                        const std::string& md5_hex) const;
  // Signs and sends with retries. Returns the final response for any status in `ok_statuses`;
  // anything else becomes an error naming `what`.
  StatusOr<HttpResponse> Call(HttpRequest request, const std::string& what,
                              std::initializer_list<int> ok_statuses);
  Status ErrorFor(const HttpResponse& response, const std::string& what) const;

  HttpTransport* transport_;
  S3Bucket bucket_;
  Credentials credentials_;
  const Clock* clock_;
  Backoff* backoff_;
  std::string host_;
};

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_S3_CLIENT_H_
