#include "deploy/cloudfront.h"

#include <algorithm>
#include <pugixml.hpp>
#include <set>

#include "base/hex.h"
#include "deploy/xml_util.h"

namespace kiln::deploy {

namespace {

std::string EncodeRfc1738(std::string_view path) {
  static constexpr std::string_view kUnsafe = " \"<>#%{}|\\^~[]`";
  std::string out;
  for (unsigned char c : path) {
    if (c < 0x21 || c >= 0x7f || kUnsafe.find(static_cast<char>(c)) != std::string_view::npos) {
      AppendPercentEscape(c, &out);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

int Depth(const std::string& path) {
  return static_cast<int>(std::count(path.begin(), path.end(), '/'));
}

// Removes paths that a wildcard in the set already covers.
std::set<std::string> DropCovered(const std::set<std::string>& paths) {
  std::set<std::string> out;
  for (const std::string& p : paths) {
    bool covered = false;
    for (const std::string& w : paths) {
      if (w != p && w.ends_with('*') &&
          p.starts_with(std::string_view(w).substr(0, w.size() - 1))) {
        covered = true;
        break;
      }
    }
    if (!covered) out.insert(p);
  }
  return out;
}

}  // namespace

std::vector<std::string> InvalidationPaths(const std::vector<std::string>& keys, int max_paths) {
  constexpr int kMaxWildcards = 15;  // CloudFront's limit on wildcard paths in progress
  std::set<std::string> paths;
  for (const std::string& key : keys) {
    std::string path = "/" + EncodeRfc1738(key);
    paths.insert(path);
    if (path == "/index.html") paths.insert("/");
    if (path.ends_with("/index.html")) paths.insert(path.substr(0, path.size() - 10));
  }
  while (static_cast<int>(paths.size()) > std::max(max_paths, 1)) {
    int deepest = 0;
    bool plain_at_deepest = false;
    for (const std::string& p : paths) deepest = std::max(deepest, Depth(p));
    if (deepest <= 1) return {"/*"};
    for (const std::string& p : paths) {
      if (Depth(p) == deepest && !p.ends_with('*')) plain_at_deepest = true;
    }
    std::set<std::string> next;
    for (const std::string& p : paths) {
      if (Depth(p) != deepest) {
        next.insert(p);
      } else if (plain_at_deepest && !p.ends_with('*')) {
        next.insert(p.substr(0, p.rfind('/') + 1) + "*");  // "/a/b/c.html" -> "/a/b/*"
      } else if (!plain_at_deepest) {
        std::string dir = p.substr(0, p.size() - 2);  // "/a/b/*" -> "/a/b"
        next.insert(dir.substr(0, dir.rfind('/') + 1) + "*");
      } else {
        next.insert(p);
      }
    }
    paths = DropCovered(next);
  }
  int wildcards = static_cast<int>(std::count_if(
      paths.begin(), paths.end(), [](const std::string& p) { return p.ends_with('*'); }));
  if (wildcards > kMaxWildcards || paths.contains("/*")) return {"/*"};
  return std::vector<std::string>(paths.begin(), paths.end());
}

std::string InvalidationBatchXml(const std::vector<std::string>& paths,
                                 const std::string& caller_reference) {
  // Element order as Debian's awscli writes it, so the golden requests compare byte for byte.
  std::string body =
      "<InvalidationBatch xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"><Paths>"
      "<Quantity>" +
      std::to_string(paths.size()) + "</Quantity><Items>";
  for (const std::string& p : paths) body += "<Path>" + XmlEscape(p) + "</Path>";
  body += "</Items></Paths><CallerReference>" + XmlEscape(caller_reference) +
          "</CallerReference></InvalidationBatch>";
  return body;
}

StatusOr<std::string> CloudFrontClient::CreateInvalidation(const std::string& distribution_id,
                                                           const std::vector<std::string>& paths,
                                                           const std::string& caller_reference) {
  HttpRequest request;
  request.method = "POST";
  request.endpoint = endpoint_;
  request.path = "/2020-05-31/distribution/" + distribution_id + "/invalidation";
  request.headers.emplace_back("Host", endpoint_.substr(endpoint_.find("://") + 3));
  request.body = InvalidationBatchXml(paths, caller_reference);
  std::string id;
  Status status = backoff_->Run([&]() -> AttemptResult {
    HttpRequest signed_request = request;
    SignRequest(&signed_request, credentials_,
                {"us-east-1", "cloudfront", clock_->NowUnixNanos() / 1'000'000'000, true, false});
    StatusOr<HttpResponse> response = transport_->Send(signed_request);
    const std::string what = "CloudFront CreateInvalidation for distribution " + distribution_id;
    if (!response.ok()) {
      return {Status(response.status().code(), what + ": " + response.status().message()),
              response.status().code() == StatusCode::kUnavailable};
    }
    if (response->status == 201 || response->status == 200) {
      pugi::xml_document doc;
      doc.load_buffer(response->body.data(), response->body.size());
      id = doc.child("Invalidation").child_value("Id");
      return {Status::Ok(), false};
    }
    XmlError error = ParseXmlError(response->body);
    bool retryable = response->status >= 500 || error.code == "TooManyInvalidationsInProgress" ||
                     error.code == "Throttling";
    StatusCode code = retryable                 ? StatusCode::kUnavailable
                      : response->status == 403 ? StatusCode::kPermissionDenied
                      : response->status == 404 ? StatusCode::kNotFound
                                                : StatusCode::kFailedPrecondition;
    return {Status(code, what + ": HTTP " + std::to_string(response->status) +
                             (error.code.empty() ? "" : " " + error.code) +
                             (error.message.empty() ? "" : ": " + error.message)),
            retryable};
  });
  RETURN_IF_ERROR(status);
  return id;
}

}  // namespace kiln::deploy
