#include "assets/digest.h"

#include <openssl/evp.h>

#include "base/hex.h"

namespace kiln::assets {

StatusOr<DigestAlgorithm> ParseDigestAlgorithm(std::string_view name) {
  if (name == "md5") return DigestAlgorithm::kMd5;
  if (name == "sha256") return DigestAlgorithm::kSha256;
  if (name == "sha384") return DigestAlgorithm::kSha384;
  if (name == "sha512") return DigestAlgorithm::kSha512;
  return InvalidArgumentError("unsupported crypto algo: \"" + std::string(name) +
                              "\", use either md5, sha256, sha384 or sha512");
}

std::string_view DigestAlgorithmName(DigestAlgorithm algorithm) {
  switch (algorithm) {
    case DigestAlgorithm::kMd5:
      return "md5";
    case DigestAlgorithm::kSha256:
      return "sha256";
    case DigestAlgorithm::kSha384:
      return "sha384";
    case DigestAlgorithm::kSha512:
      return "sha512";
  }
  return "";
}

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  auto byte = [&](size_t at) { return static_cast<unsigned char>(bytes[at]); };
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (size_t rest = bytes.size() - i; rest > 0) {
    unsigned v = byte(i) << 16 | (rest == 2 ? byte(i + 1) << 8 : 0);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

Digest ComputeDigest(DigestAlgorithm algorithm, std::string_view data) {
  const EVP_MD* md = algorithm == DigestAlgorithm::kMd5      ? EVP_md5()
                     : algorithm == DigestAlgorithm::kSha384 ? EVP_sha384()
                     : algorithm == DigestAlgorithm::kSha512 ? EVP_sha512()
                                                             : EVP_sha256();
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), buf, &len, md, nullptr);
  std::string raw(reinterpret_cast<const char*>(buf), len);
  Digest out;
  out.hex = HexEncode(raw);
  out.integrity = std::string(DigestAlgorithmName(algorithm)) + "-" + Base64(raw);
  return out;
}

}  // namespace kiln::assets
