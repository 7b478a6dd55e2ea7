#include "deploy/fake_s3.h"

#include <pugixml.hpp>

#include "base/strings.h"
#include "deploy/crypto.h"
#include "deploy/xml_util.h"

namespace kiln::deploy {

namespace {

std::string QueryValue(const HttpRequest& request, const std::string& name) {
  for (const auto& [k, v] : request.query) {
    if (k == name) return v;
  }
  return "";
}

bool HasQuery(const HttpRequest& request, const std::string& name) {
  for (const auto& [k, v] : request.query) {
    if (k == name) return true;
  }
  return false;
}

// Re-signs the request without its signature headers and compares the Authorization.
bool SignatureValid(const HttpRequest& request, const Credentials& credentials, std::string* why) {
  const std::string* auth = FindHeader(request.headers, "Authorization");
  const std::string* date = FindHeader(request.headers, "X-Amz-Date");
  if (auth == nullptr || date == nullptr) {
    *why = "missing Authorization";
    return false;
  }
  HttpRequest copy = request;
  std::erase_if(copy.headers, [](const auto& h) {
    return EqualsIgnoreAsciiCase(h.first, "Authorization") ||
           EqualsIgnoreAsciiCase(h.first, "X-Amz-Date") ||
           EqualsIgnoreAsciiCase(h.first, "X-Amz-Content-Sha256") ||
           EqualsIgnoreAsciiCase(h.first, "X-Amz-Security-Token");
  });
  std::tm tm{};
  strptime(date->c_str(), "%Y%m%dT%H%M%SZ", &tm);
  size_t scope = auth->find("Credential=");
  std::vector<std::string_view> parts = Split(std::string_view(*auth).substr(scope + 11), '/');
  if (parts.size() < 4 || parts[0] != credentials.access_key_id) {
    *why = "InvalidAccessKeyId";
    return false;
  }
  SigningResult expected = SignRequest(
      &copy, credentials, {std::string(parts[2]), std::string(parts[3]), timegm(&tm), false, true});
  if (expected.authorization != *auth) {
    *why = "SignatureDoesNotMatch";
    return false;
  }
  return true;
}

std::string Header(const HttpRequest& request, const char* name) {
  const std::string* v = FindHeader(request.headers, name);
  return v == nullptr ? std::string() : *v;
}

ObjectHeaders HeadersOf(const HttpRequest& request) {
  return {Header(request, "Cache-Control"), Header(request, "Content-Type"),
          Header(request, "Content-Encoding")};
}

bool DigestMatches(const HttpRequest& request) {
  return Header(request, "Content-MD5") == Base64Encode(Md5(request.body));
}

std::string EtagOf(const FakeObject& o) { return o.etag.empty() ? Md5Hex(o.body) : o.etag; }

}  // namespace

HttpResponse FakeS3::Error(int status, const std::string& code, const std::string& message) const {
  return {status,
          {{"Content-Type", "application/xml"}},
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" +
              XmlEscape(message) + "</Message></Error>"};
}

StatusOr<HttpResponse> FakeS3::Send(const HttpRequest& request) {
  std::string why;
  if (!SignatureValid(request, credentials_, &why)) {
    return why == "InvalidAccessKeyId"
               ? Error(403, why,
                       "The AWS Access Key Id you provided does not exist in our records.")
               : Error(403, "SignatureDoesNotMatch",
                       "The request signature we calculated does not match the signature you "
                       "provided.");
  }
  std::string_view path = request.path;
  path.remove_prefix(1);
  std::string_view bucket = path.substr(0, path.find('/'));
  if (bucket != bucket_) return Error(404, "NoSuchBucket", "The specified bucket does not exist");
  bool object = path.size() > bucket.size() + 1;
  std::string key = object ? std::string(path.substr(bucket.size() + 1)) : "";
  if (!object) {
    if (request.method == "GET" && QueryValue(request, "list-type") == "2") return List(request);
    if (request.method == "POST" && HasQuery(request, "delete")) return Delete(request);
    return Error(400, "NotImplemented", "not implemented by the fake");
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (std::optional<HttpResponse> multipart = Multipart(request, key)) return *multipart;
  if (request.method == "PUT") {
    if (!DigestMatches(request)) {
      return Error(400, "BadDigest",
                   "The Content-MD5 you specified did not match what we received.");
    }
    objects_[key] = {request.body, HeadersOf(request), Header(request, "x-amz-meta-md5chksum")};
    writes_.push_back("PUT " + key);
    return HttpResponse{200, {{"ETag", "\"" + Md5Hex(request.body) + "\""}}, ""};
  }
  auto it = objects_.find(key);
  if (it == objects_.end()) {
    if (request.method == "HEAD") return HttpResponse{404, {}, ""};
    return Error(404, "NoSuchKey", "The specified key does not exist.");
  }
  const FakeObject& o = it->second;
  HttpResponse response{200,
                        {{"Content-Length", std::to_string(o.body.size())},
                         {"ETag", "\"" + EtagOf(o) + "\""},
                         {"Cache-Control", o.headers.cache_control},
                         {"Content-Type", o.headers.content_type},
                         {"Content-Encoding", o.headers.content_encoding},
                         {"x-amz-meta-md5chksum", o.md5chksum}},
                        ""};
  if (request.method == "GET") response.body = o.body;
  return response;
}

std::optional<HttpResponse> FakeS3::Multipart(const HttpRequest& request, const std::string& key) {
  const std::string upload_id = QueryValue(request, "uploadId");
  if (request.method == "POST" && HasQuery(request, "uploads")) {
    std::string id = "upload-" + std::to_string(++next_upload_);
    uploads_[id] = {key, {"", HeadersOf(request), Header(request, "x-amz-meta-md5chksum"), ""}, {}};
    return HttpResponse{200,
                        {},
                        "<InitiateMultipartUploadResult><Key>" + XmlEscape(key) +
                            "</Key><UploadId>" + id +
                            "</UploadId></InitiateMultipartUploadResult>"};
  }
  if (upload_id.empty()) return std::nullopt;
  auto upload = uploads_.find(upload_id);
  if (upload == uploads_.end() || upload->second.key != key) {
    return Error(404, "NoSuchUpload", "The specified upload does not exist.");
  }
  if (request.method == "PUT") {
    if (!DigestMatches(request)) {
      return Error(400, "BadDigest",
                   "The Content-MD5 you specified did not match what we received.");
    }
    upload->second.parts[std::stoi(QueryValue(request, "partNumber"))] = request.body;
    return HttpResponse{200, {{"ETag", "\"" + Md5Hex(request.body) + "\""}}, ""};
  }
  if (request.method == "DELETE") {
    uploads_.erase(upload);
    return HttpResponse{204, {}, ""};
  }
  if (request.method != "POST") return Error(405, "MethodNotAllowed", "not allowed");
  pugi::xml_document doc;
  doc.load_buffer(request.body.data(), request.body.size());
  const std::map<int, std::string>& parts = upload->second.parts;
  FakeObject object = upload->second.object;
  std::string part_md5s;
  int count = 0;
  size_t previous_size = 0;
  for (pugi::xml_node p : doc.child("CompleteMultipartUpload").children("Part")) {
    auto part = parts.find(std::stoi(p.child_value("PartNumber")));
    if (part == parts.end() || "\"" + Md5Hex(part->second) + "\"" != p.child_value("ETag")) {
      return Error(400, "InvalidPart", "One or more of the specified parts could not be found.");
    }
    if (count > 0 && previous_size < (5 << 20)) {  // only the last part may be smaller
      return Error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum.");
    }
    previous_size = part->second.size();
    object.body += part->second;
    part_md5s += Md5(part->second);
    ++count;
  }
  object.etag = Md5Hex(part_md5s) + "-" + std::to_string(count);
  objects_[key] = std::move(object);
  uploads_.erase(upload);
  writes_.push_back("PUT " + key);
  return HttpResponse{200,
                      {},
                      "<CompleteMultipartUploadResult><Key>" + XmlEscape(key) +
                          "</Key></CompleteMultipartUploadResult>"};
}

HttpResponse FakeS3::List(const HttpRequest& request) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::string prefix = QueryValue(request, "prefix");
  std::string token = QueryValue(request, "continuation-token");
  std::string max = QueryValue(request, "max-keys");
  std::string start_after = QueryValue(request, "start-after");
  if (token.empty() && !start_after.empty()) token = start_after;
  size_t max_keys = max.empty() ? 1000 : std::stoul(max);
  std::string body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult>";
  size_t count = 0;
  std::string last;
  bool truncated = false;
  for (auto it = token < prefix ? objects_.lower_bound(prefix) : objects_.upper_bound(token);
       it != objects_.end() && it->first.starts_with(prefix); ++it) {
    if (count == max_keys) {
      truncated = true;
      break;
    }
    body += "<Contents><Key>" + XmlEscape(it->first) + "</Key><Size>" +
            std::to_string(it->second.body.size()) + "</Size><ETag>&quot;" + EtagOf(it->second) +
            "&quot;</ETag></Contents>";
    last = it->first;
    ++count;
  }
  body += std::string("<IsTruncated>") + (truncated ? "true" : "false") + "</IsTruncated>";
  if (truncated) body += "<NextContinuationToken>" + XmlEscape(last) + "</NextContinuationToken>";
  body += "</ListBucketResult>";
  return {200, {{"Content-Type", "application/xml"}}, body};
}

HttpResponse FakeS3::Delete(const HttpRequest& request) {
  pugi::xml_document doc;
  doc.load_buffer(request.body.data(), request.body.size());
  std::lock_guard<std::mutex> lock(mu_);
  std::string body = "<DeleteResult>";
  for (pugi::xml_node o : doc.child("Delete").children("Object")) {
    std::string key = o.child_value("Key");
    objects_.erase(key);
    writes_.push_back("DELETE " + key);
  }
  body += "</DeleteResult>";
  return {200, {}, body};
}

std::map<std::string, FakeObject> FakeS3::Objects() const {
  std::lock_guard<std::mutex> lock(mu_);
  return objects_;
}

void FakeS3::SetObject(const std::string& key, FakeObject object) {
  std::lock_guard<std::mutex> lock(mu_);
  objects_[key] = std::move(object);
}

std::vector<std::string> FakeS3::Writes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return writes_;
}

size_t FakeS3::PendingUploads() const {
  std::lock_guard<std::mutex> lock(mu_);
  return uploads_.size();
}

void FakeS3::ClearWrites() {
  std::lock_guard<std::mutex> lock(mu_);
  writes_.clear();
}

}  // namespace kiln::deploy
