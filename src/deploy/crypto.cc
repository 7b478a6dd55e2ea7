#include "deploy/crypto.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <cstdlib>
#include <memory>

namespace kiln::deploy {

namespace {

// OpenSSL only fails these calls on allocation failure or a missing default provider; both
// leave nothing sensible to do, so they abort rather than thread a Status through every hash.
void Check(int ok) {
  if (ok != 1) std::abort();
}

std::string Digest(const char* name, std::string_view data) {
  std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, name, nullptr),
                                                     &EVP_MD_free);
  if (md == nullptr) std::abort();
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  Check(EVP_Digest(data.data(), data.size(), out, &len, md.get(), nullptr));
  return std::string(reinterpret_cast<const char*>(out), len);
}

}  // namespace

std::string Sha256(std::string_view data) { return Digest("SHA256", data); }
std::string Md5(std::string_view data) { return Digest("MD5", data); }

std::string HmacSha256(std::string_view key, std::string_view data) {
  std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                        &EVP_MAC_free);
  if (mac == nullptr) std::abort();
  std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(mac.get()),
                                                                &EVP_MAC_CTX_free);
  char digest[] = "SHA256";
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                         OSSL_PARAM_construct_end()};
  Check(EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char*>(key.data()), key.size(),
                     params));
  Check(
      EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(data.data()), data.size()));
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t len = 0;
  Check(EVP_MAC_final(ctx.get(), out, &len, sizeof(out)));
  return std::string(reinterpret_cast<const char*>(out), len);
}

std::string Base64Encode(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(bytes.data()),
                          static_cast<int>(bytes.size()));
  out.resize(n);
  return out;
}

}  // namespace kiln::deploy
