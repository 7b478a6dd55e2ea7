// Hashes, HMAC and base64 for the deploy module: the primitives that SigV4 signing, S3's
// Content-MD5 and the change detection need, on OpenSSL 3's EVP interfaces. Stateless and
// thread-safe.
#ifndef KILN_DEPLOY_CRYPTO_H_
#define KILN_DEPLOY_CRYPTO_H_

#include <string>
#include <string_view>

#include "base/hex.h"

namespace kiln::deploy {

// Raw digests (binary strings).
std::string Sha256(std::string_view data);
std::string Md5(std::string_view data);
std::string HmacSha256(std::string_view key, std::string_view data);

std::string Base64Encode(std::string_view bytes);

inline std::string Sha256Hex(std::string_view data) { return HexEncode(Sha256(data)); }
inline std::string Md5Hex(std::string_view data) { return HexEncode(Md5(data)); }

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_CRYPTO_H_
