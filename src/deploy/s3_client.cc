#include "deploy/s3_client.h"

#include <algorithm>
#include <pugixml.hpp>

#include "base/strings.h"
#include "deploy/crypto.h"
#include "deploy/xml_util.h"

namespace kiln::deploy {

namespace {

std::string Unquote(std::string s) {
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') return s.substr(1, s.size() - 2);
  return s;
}

std::string HostOf(const std::string& endpoint) {
  size_t scheme = endpoint.find("://");
  return scheme == std::string::npos ? endpoint : endpoint.substr(scheme + 3);
}

bool IsRetryableStatus(int status, const std::string& code) {
  return status >= 500 || status == 429 || code == "SlowDown" || code == "RequestTimeout" ||
         code == "RequestTimeTooSkewed";
}

}  // namespace

std::string DefaultS3Endpoint(const std::string& region) {
  return "https://s3." + region + ".amazonaws.com";
}

S3Client::S3Client(HttpTransport* transport, S3Bucket bucket, Credentials credentials,
                   const Clock* clock, Backoff* backoff)
    : transport_(transport),
      bucket_(std::move(bucket)),
      credentials_(std::move(credentials)),
      clock_(clock),
      backoff_(backoff) {
  std::string host = HostOf(bucket_.endpoint);
  if (!bucket_.path_style) {
    size_t scheme = bucket_.endpoint.find("://");
    bucket_.endpoint = bucket_.endpoint.substr(0, scheme + 3) + bucket_.bucket + "." + host;
    host = bucket_.bucket + "." + host;
  }
  host_ = host;
}

HttpRequest S3Client::NewRequest(const std::string& method, const std::string& key) const {
  HttpRequest request;
  request.method = method;
  request.endpoint = bucket_.endpoint;
  // Bucket-level calls go to "/bucket" without a trailing slash: some S3-compatible servers
  // check the signature against the path without it.
  if (bucket_.path_style) {
    request.path = "/" + bucket_.bucket + (key.empty() ? "" : "/" + key);
  } else {
    request.path = "/" + key;
  }
  request.headers.emplace_back("Host", host_);
  return request;
}

Status S3Client::ErrorFor(const HttpResponse& response, const std::string& what) const {
  XmlError error = ParseXmlError(response.body);
  const std::string& code = error.code;
  const std::string where = what + " (s3://" + bucket_.bucket + "): ";
  if (response.status == 301 || response.status == 307 || code == "PermanentRedirect" ||
      code == "AuthorizationHeaderMalformed") {
    std::string region;
    if (const std::string* r = response.Header("x-amz-bucket-region")) region = *r;
    if (region.empty()) region = error.region;
    return FailedPreconditionError(
        where + "the bucket is not in region " + bucket_.region +
        (region.empty() ? "" : "; it is in " + region) +
        (error.endpoint.empty() ? "" : " (S3 points to " + error.endpoint + ")") +
        ": set region=" + (region.empty() ? "<its region>" : region) + " in the target URL");
  }
  if (code == "SignatureDoesNotMatch") {
    return Status(StatusCode::kPermissionDenied,
                  where +
                      "S3 rejected the request signature (SignatureDoesNotMatch): the secret "
                      "access key does not match access key ID " +
                      credentials_.access_key_id);
  }
  if (code == "InvalidAccessKeyId") {
    return Status(StatusCode::kPermissionDenied, where + "S3 does not know access key ID " +
                                                     credentials_.access_key_id +
                                                     " (InvalidAccessKeyId)");
  }
  if (code == "NoSuchBucket" ||
      (response.status == 404 && code.empty() && what.starts_with("ListObjects"))) {
    return NotFoundError(where + "the bucket \"" + bucket_.bucket + "\" does not exist");
  }
  if (response.status == 403) {
    return Status(StatusCode::kPermissionDenied,
                  where + "access denied (" + (code.empty() ? "403" : code) + ")" +
                      (error.message.empty() ? "" : ": " + error.message));
  }
  StatusCode status_code =
      IsRetryableStatus(response.status, code) ? StatusCode::kUnavailable : StatusCode::kInternal;
  return Status(status_code, where + "HTTP " + std::to_string(response.status) +
                                 (code.empty() ? "" : " " + code) +
                                 (error.message.empty() ? "" : ": " + error.message));
}

StatusOr<HttpResponse> S3Client::Call(HttpRequest request, const std::string& what,
                                      std::initializer_list<int> ok_statuses) {
  HttpResponse last;
  Status status = backoff_->Run([&]() -> AttemptResult {
    HttpRequest signed_request = request;
    SignRequest(&signed_request, credentials_,
                {bucket_.region, "s3", clock_->NowUnixNanos() / 1'000'000'000, false, true});
    StatusOr<HttpResponse> response = transport_->Send(signed_request);
    if (!response.ok()) {
      Status s = response.status();
      bool retryable = s.code() == StatusCode::kUnavailable;
      return {Status(s.code(), what + " (s3://" + bucket_.bucket + "): " + s.message()), retryable};
    }
    last = std::move(*response);
    for (int ok : ok_statuses) {
      if (last.status == ok) return {Status::Ok(), false};
    }
    Status error = ErrorFor(last, what);
    return {error, error.code() == StatusCode::kUnavailable};
  });
  RETURN_IF_ERROR(status);
  return last;
}

StatusOr<std::vector<RemoteObject>> S3Client::ListObjects(const std::string& prefix, int page_size,
                                                          const KeyRange& range) {
  std::vector<RemoteObject> out;
  std::string token;
  // A little room over the expected count, for objects only the bucket has.
  int max_keys = range.expected_keys == 0
                     ? page_size
                     : static_cast<int>(std::min<size_t>(
                           page_size, range.expected_keys + 1 + range.expected_keys / 16));
  do {
    HttpRequest request = NewRequest("GET", "");
    request.query = {{"list-type", "2"}, {"max-keys", std::to_string(max_keys)}};
    max_keys = page_size;
    if (!prefix.empty()) request.query.emplace_back("prefix", prefix);
    if (!token.empty()) {
      request.query.emplace_back("continuation-token", token);
    } else if (!range.start_after.empty()) {
      request.query.emplace_back("start-after", range.start_after);
    }
    ASSIGN_OR_RETURN(HttpResponse response, Call(std::move(request), "ListObjectsV2", {200}));
    pugi::xml_document doc;
    if (!doc.load_buffer(response.body.data(), response.body.size())) {
      return InternalError("ListObjectsV2 (s3://" + bucket_.bucket + "): unreadable XML reply");
    }
    pugi::xml_node result = doc.child("ListBucketResult");
    for (pugi::xml_node c : result.children("Contents")) {
      std::string key = c.child_value("Key");
      if (!range.last.empty() && key > range.last) return out;  // past the end of the range
      const bool at_end = !range.last.empty() && key == range.last;
      out.push_back({std::move(key), std::stoull("0" + std::string(c.child_value("Size"))),
                     Unquote(c.child_value("ETag"))});
      if (at_end) return out;  // keys are unique and sorted: nothing more is in the range
    }
    token = std::string(result.child_value("IsTruncated")) == "true"
                ? result.child_value("NextContinuationToken")
                : "";
  } while (!token.empty());
  return out;
}

void S3Client::AddObjectHeaders(HttpRequest* request, const ObjectHeaders& headers,
                                const std::string& md5_hex) const {
  if (!headers.content_type.empty()) {
    request->headers.emplace_back("Content-Type", headers.content_type);
  }
  if (!headers.cache_control.empty()) {
    request->headers.emplace_back("Cache-Control", headers.cache_control);
  }
  if (!headers.content_encoding.empty()) {
    request->headers.emplace_back("Content-Encoding", headers.content_encoding);
  }
  request->headers.emplace_back("x-amz-meta-md5chksum", md5_hex);
}

Status S3Client::PutObject(const std::string& key, const std::string& body,
                           const ObjectHeaders& headers, const std::string& md5_hex) {
  HttpRequest request = NewRequest("PUT", key);
  std::string raw_md5;
  for (size_t i = 0; i + 1 < md5_hex.size(); i += 2) {
    raw_md5.push_back(static_cast<char>(std::stoi(md5_hex.substr(i, 2), nullptr, 16)));
  }
  request.headers.emplace_back("Content-MD5", Base64Encode(raw_md5));
  AddObjectHeaders(&request, headers, md5_hex);
  request.body = body;
  return Call(std::move(request), "PutObject " + key, {200}).status();
}

StatusOr<std::string> S3Client::CreateMultipartUpload(const std::string& key,
                                                      const ObjectHeaders& headers,
                                                      const std::string& md5_hex) {
  HttpRequest request = NewRequest("POST", key);
  request.query = {{"uploads", ""}};
  AddObjectHeaders(&request, headers, md5_hex);
  const std::string what = "CreateMultipartUpload " + key;
  ASSIGN_OR_RETURN(HttpResponse response, Call(std::move(request), what, {200}));
  pugi::xml_document doc;
  doc.load_buffer(response.body.data(), response.body.size());
  std::string id = doc.child("InitiateMultipartUploadResult").child_value("UploadId");
  if (id.empty()) {
    return InternalError(what + " (s3://" + bucket_.bucket + "): the reply has no UploadId");
  }
  return id;
}

StatusOr<std::string> S3Client::UploadPart(const std::string& key, const std::string& upload_id,
                                           int part_number, std::string body) {
  HttpRequest request = NewRequest("PUT", key);
  request.query = {{"partNumber", std::to_string(part_number)}, {"uploadId", upload_id}};
  request.headers.emplace_back("Content-MD5", Base64Encode(Md5(body)));
  request.body = std::move(body);
  const std::string what = "UploadPart " + std::to_string(part_number) + " of " + key;
  ASSIGN_OR_RETURN(HttpResponse response, Call(std::move(request), what, {200}));
  const std::string* etag = response.Header("ETag");
  if (etag == nullptr) {
    return InternalError(what + " (s3://" + bucket_.bucket + "): the reply has no ETag");
  }
  return *etag;
}

Status S3Client::CompleteMultipartUpload(const std::string& key, const std::string& upload_id,
                                         const std::vector<std::string>& part_etags) {
  std::string body = "<CompleteMultipartUpload>";
  for (size_t i = 0; i < part_etags.size(); ++i) {
    body += "<Part><PartNumber>" + std::to_string(i + 1) + "</PartNumber><ETag>" +
            XmlEscape(part_etags[i]) + "</ETag></Part>";
  }
  body += "</CompleteMultipartUpload>";
  HttpRequest request = NewRequest("POST", key);
  request.query = {{"uploadId", upload_id}};
  request.headers.emplace_back("Content-Type", "application/xml");
  request.body = std::move(body);
  const std::string what = "CompleteMultipartUpload " + key;
  ASSIGN_OR_RETURN(HttpResponse response, Call(std::move(request), what, {200}));
  // S3 may fail a completion after it has sent 200 and started its reply: the error is then
  // in the body.
  pugi::xml_document doc;
  doc.load_buffer(response.body.data(), response.body.size());
  if (doc.child("Error")) return ErrorFor(response, what);
  return Status::Ok();
}

Status S3Client::AbortMultipartUpload(const std::string& key, const std::string& upload_id) {
  HttpRequest request = NewRequest("DELETE", key);
  request.query = {{"uploadId", upload_id}};
  return Call(std::move(request), "AbortMultipartUpload " + key, {204, 200}).status();
}

StatusOr<ObjectHead> S3Client::HeadObject(const std::string& key) {
  ASSIGN_OR_RETURN(HttpResponse response,
                   Call(NewRequest("HEAD", key), "HeadObject " + key, {200}));
  ObjectHead head;
  auto get = [&](std::string_view name) {
    const std::string* v = response.Header(name);
    return v == nullptr ? std::string() : *v;
  };
  std::string length = get("Content-Length");
  head.size = length.empty() ? 0 : std::stoull(length);
  head.etag = Unquote(get("ETag"));
  head.md5chksum = get("x-amz-meta-md5chksum");
  head.headers = {get("Cache-Control"), get("Content-Type"), get("Content-Encoding")};
  return head;
}

StatusOr<std::optional<std::string>> S3Client::GetObject(const std::string& key) {
  ASSIGN_OR_RETURN(HttpResponse response,
                   Call(NewRequest("GET", key), "GetObject " + key, {200, 404}));
  if (response.status == 404) {
    if (ParseXmlError(response.body).code == "NoSuchBucket") {
      return ErrorFor(response, "GetObject " + key);
    }
    return std::optional<std::string>();
  }
  return std::optional<std::string>(std::move(response.body));
}

Status S3Client::DeleteObjects(const std::vector<std::string>& keys) {
  constexpr size_t kBatch = 1000;
  for (size_t start = 0; start < keys.size(); start += kBatch) {
    std::string body = "<Delete><Quiet>true</Quiet>";
    for (size_t i = start; i < std::min(keys.size(), start + kBatch); ++i) {
      body += "<Object><Key>" + XmlEscape(keys[i]) + "</Key></Object>";
    }
    body += "</Delete>";
    HttpRequest request = NewRequest("POST", "");
    request.query = {{"delete", ""}};
    request.headers.emplace_back("Content-Type", "application/xml");
    request.headers.emplace_back("Content-MD5", Base64Encode(Md5(body)));
    request.body = std::move(body);
    ASSIGN_OR_RETURN(HttpResponse response, Call(std::move(request), "DeleteObjects", {200}));
    pugi::xml_document doc;
    doc.load_buffer(response.body.data(), response.body.size());
    for (pugi::xml_node e : doc.child("DeleteResult").children("Error")) {
      std::string code = e.child_value("Code");
      if (code == "NoSuchKey") continue;
      return InternalError("DeleteObjects (s3://" + bucket_.bucket + "): could not delete " +
                           e.child_value("Key") + ": " + code + " " + e.child_value("Message"));
    }
  }
  return Status::Ok();
}

}  // namespace kiln::deploy
