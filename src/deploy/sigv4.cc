#include "deploy/sigv4.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <vector>

#include "base/hex.h"
#include "base/strings.h"
#include "deploy/crypto.h"

namespace kiln::deploy {

namespace {

// Removes "." and ".." segments and empty segments, keeping a trailing slash: the generic
// (non-S3) SigV4 path normalization.
std::string NormalizePath(std::string_view path) {
  std::vector<std::string_view> segments;
  for (std::string_view segment : Split(path, '/')) {
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
      continue;
    }
    segments.push_back(segment);
  }
  std::string out = "/";
  for (size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) out.push_back('/');
    out += segments[i];
  }
  if (!segments.empty() && path.ends_with('/')) out.push_back('/');
  return out;
}

// Trims the value and folds runs of whitespace (including folded continuation lines) to one
// space.
std::string CanonicalHeaderValue(std::string_view value) {
  std::string out;
  bool space = false;
  for (char c : TrimSpace(value)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string CanonicalQuery(const HttpRequest& request) {
  std::vector<std::pair<std::string, std::string>> encoded;
  for (const auto& [name, value] : request.query) {
    encoded.emplace_back(UriEncode(name, false), UriEncode(value, false));
  }
  std::sort(encoded.begin(), encoded.end());
  std::string out;
  for (const auto& [name, value] : encoded) {
    if (!out.empty()) out.push_back('&');
    out += name + "=" + value;
  }
  return out;
}

}  // namespace

std::string FormatAmzDate(int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

SigningResult SignRequest(HttpRequest* request, const Credentials& credentials,
                          const SigningParams& params) {
  const std::string amz_date = FormatAmzDate(params.unix_seconds);
  const std::string date = amz_date.substr(0, 8);
  const std::string payload_hash = Sha256Hex(request->body);

  request->headers.emplace_back("X-Amz-Date", amz_date);
  if (!credentials.session_token.empty()) {
    request->headers.emplace_back("X-Amz-Security-Token", credentials.session_token);
  }
  if (params.add_content_sha256) {
    request->headers.emplace_back("X-Amz-Content-Sha256", payload_hash);
  }

  // Lower-cased names in sorted order; repeated headers join their values with commas.
  std::map<std::string, std::string> canonical;
  for (const auto& [name, value] : request->headers) {
    std::string key = AsciiLower(name);
    auto [it, inserted] = canonical.emplace(key, CanonicalHeaderValue(value));
    if (!inserted) it->second += "," + CanonicalHeaderValue(value);
  }
  std::string canonical_headers, signed_headers;
  for (const auto& [name, value] : canonical) {
    canonical_headers += name + ":" + value + "\n";
    if (!signed_headers.empty()) signed_headers.push_back(';');
    signed_headers += name;
  }

  std::string path = params.normalize_path ? NormalizePath(request->path) : request->path;
  if (path.empty()) path = "/";

  SigningResult result;
  result.canonical_request = request->method + "\n" + UriEncode(path, /*keep_slash=*/true) + "\n" +
                             CanonicalQuery(*request) + "\n" + canonical_headers + "\n" +
                             signed_headers + "\n" + payload_hash;
  const std::string scope = date + "/" + params.region + "/" + params.service + "/aws4_request";
  result.string_to_sign =
      "AWS4-HMAC-SHA256\n" + amz_date + "\n" + scope + "\n" + Sha256Hex(result.canonical_request);
  std::string key = HmacSha256("AWS4" + credentials.secret_access_key, date);
  key = HmacSha256(key, params.region);
  key = HmacSha256(key, params.service);
  key = HmacSha256(key, "aws4_request");
  result.signature = HexEncode(HmacSha256(key, result.string_to_sign));
  result.authorization = "AWS4-HMAC-SHA256 Credential=" + credentials.access_key_id + "/" + scope +
                         ", SignedHeaders=" + signed_headers + ", Signature=" + result.signature;
  request->headers.emplace_back("Authorization", result.authorization);
  return result;
}

}  // namespace kiln::deploy
