// FakeS3: an in-memory, path-style S3 endpoint behind the HttpTransport interface, for tests.
// It serves ListObjectsV2 (with paging), PutObject, multipart uploads (with S3's part-size
// rule and its "<md5 of part md5s>-<parts>" ETags), HeadObject, GetObject and DeleteObjects,
// and checks every request's SigV4 signature by signing it again with the secret it knows,
// so a client that signs wrongly fails here as it would on S3.
//
// Thread-safe (one mutex); it also records the order of the writes it applied.
#ifndef KILN_DEPLOY_FAKE_S3_H_
#define KILN_DEPLOY_FAKE_S3_H_

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "deploy/http_transport.h"
#include "deploy/s3_client.h"
#include "deploy/sigv4.h"

namespace kiln::deploy {

inline constexpr char kFakeS3Endpoint[] = "http://fake-s3.test";

struct FakeObject {
  std::string body;
  ObjectHeaders headers;
  std::string md5chksum;
  std::string etag = "";  // empty: the MD5 of the body, as for a PutObject
};

class FakeS3 final : public HttpTransport {
 public:
  FakeS3(std::string bucket, Credentials credentials)
      : bucket_(std::move(bucket)), credentials_(std::move(credentials)) {}

  StatusOr<HttpResponse> Send(const HttpRequest& request) override;

  // A copy of the bucket's objects.
  std::map<std::string, FakeObject> Objects() const;
  void SetObject(const std::string& key, FakeObject object);
  // "PUT key" and "DELETE key", in the order they happened.
  std::vector<std::string> Writes() const;
  void ClearWrites();
  // Multipart uploads created and neither completed nor aborted.
  size_t PendingUploads() const;

 private:
  HttpResponse Error(int status, const std::string& code, const std::string& message) const;
  HttpResponse List(const HttpRequest& request) const;
  HttpResponse Delete(const HttpRequest& request);
  // The multipart calls on `key`, or nullopt when the request is none of them. Needs mu_.
  std::optional<HttpResponse> Multipart(const HttpRequest& request, const std::string& key);

  struct Upload {
    std::string key;
    FakeObject object;                 // headers and md5chksum; no body yet
    std::map<int, std::string> parts;  // by part number
  };

  const std::string bucket_;
  const Credentials credentials_;
  mutable std::mutex mu_;
  std::map<std::string, FakeObject> objects_;
  std::vector<std::string> writes_;
  std::map<std::string, Upload> uploads_;  // by upload ID
  int next_upload_ = 0;
};

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_FAKE_S3_H_
