// AWS Signature Version 4 (header-based): signs an HttpRequest for S3 or CloudFront.
//
// S3 mode (normalize_path = false) encodes the path once and leaves dot segments and double
// slashes alone, and sends the payload hash as x-amz-content-sha256; the generic mode that
// CloudFront uses normalizes the path first. Pure functions, thread-safe.
#ifndef KILN_DEPLOY_SIGV4_H_
#define KILN_DEPLOY_SIGV4_H_

#include <cstdint>
#include <string>

#include "deploy/http_transport.h"

namespace kiln::deploy {

// Secrets never leave this struct except into an HMAC: nothing prints it.
struct Credentials {
  std::string access_key_id;
  std::string secret_access_key;
  std::string session_token;  // empty unless temporary (STS) credentials
};

struct SigningParams {
  std::string region;
  std::string service;       // "s3", "cloudfront"
  int64_t unix_seconds = 0;  // the signing time
  bool normalize_path = false;
  bool add_content_sha256 = false;  // S3 signs and sends x-amz-content-sha256
};

// The intermediate strings, for tests and for debugging a SignatureDoesNotMatch.
struct SigningResult {
  std::string canonical_request;
  std::string string_to_sign;
  std::string signature;      // hex
  std::string authorization;  // the Authorization header value
};

// Adds X-Amz-Date, X-Amz-Security-Token (with a session token), X-Amz-Content-Sha256 (when
// asked) and Authorization to `request`, signing every header it already carries. The payload
// hash is the hex SHA-256 of request->body.
SigningResult SignRequest(HttpRequest* request, const Credentials& credentials,
                          const SigningParams& params);

// "20150830T123600Z".
std::string FormatAmzDate(int64_t unix_seconds);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_SIGV4_H_
