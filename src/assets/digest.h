// Content digests for fingerprinted assets: the hex digest that goes into a fingerprinted
// file name (`main.<hex>.css`) and the Subresource Integrity value (`sha256-<base64>`)
// that hugo's `fingerprint` puts in `.Data.Integrity`. Pure functions over OpenSSL's EVP
// interface; thread-safe.
#ifndef KILN_ASSETS_DIGEST_H_
#define KILN_ASSETS_DIGEST_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::assets {

enum class DigestAlgorithm { kMd5, kSha256, kSha384, kSha512 };

// "md5", "sha256", "sha384" or "sha512"; anything else is hugo's error.
StatusOr<DigestAlgorithm> ParseDigestAlgorithm(std::string_view name);
std::string_view DigestAlgorithmName(DigestAlgorithm algorithm);

struct Digest {
  std::string hex;        // lower-case hex of the digest
  std::string integrity;  // "<algorithm>-<standard base64 of the digest>"
};

Digest ComputeDigest(DigestAlgorithm algorithm, std::string_view data);

// Standard base64 with padding (RFC 4648 §4).
std::string Base64(std::string_view bytes);

}  // namespace kiln::assets

#endif  // KILN_ASSETS_DIGEST_H_
