// The crypto namespace: hex digests (md5, sha1, sha256), HMAC and FNV-1a, over the
// argument converted to a string. Digests come from OpenSSL's EVP interface.
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "base/hex.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {
namespace {

std::string Hex(const unsigned char* p, size_t n) {
  return HexEncode(std::string_view(reinterpret_cast<const char*>(p), n));
}

Fn Digest(const EVP_MD* (*md)()) {
  return [md](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(s.data(), s.size(), buf, &len, md(), nullptr);
    return Value::String(Hex(buf, len));
  };
}

const EVP_MD* HashByName(std::string_view name) {
  if (name == "md5") return EVP_md5();
  if (name == "sha1") return EVP_sha1();
  if (name == "sha256") return EVP_sha256();
  if (name == "sha512") return EVP_sha512();
  return nullptr;
}

StatusOr<Value> Hmac(Args a) {
  RETURN_IF_ERROR(WantArgs("HMAC", a, 3, 4));
  ASSIGN_OR_RETURN(std::string name, ToString(a[0]));
  ASSIGN_OR_RETURN(std::string key, ToString(a[1]));
  ASSIGN_OR_RETURN(std::string msg, ToString(a[2]));
  const EVP_MD* md = HashByName(name);
  if (!md) return InvalidArgumentError("hmac: " + name + " is not a supported hash function");
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(md, key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(msg.data()), msg.size(), buf, &len);
  if (a.size() == 4) {
    ASSIGN_OR_RETURN(std::string encoding, ToString(a[3]));
    if (encoding == "binary") return Value::String(std::string(buf, buf + len));
    if (encoding != "hex")
      return InvalidArgumentError("\"" + encoding + "\" is not a supported encoding method");
  }
  return Value::String(Hex(buf, len));
}

}  // namespace

void RegisterCryptoFuncs(FuncMap* funcs) {
  Namespace ns("crypto");
  ns.Add("MD5", {ParamKind::kAny}, false, Digest(EVP_md5), {"md5"});
  ns.Add("SHA1", {ParamKind::kAny}, false, Digest(EVP_sha1), {"sha1"});
  ns.Add("SHA256", {ParamKind::kAny}, false, Digest(EVP_sha256), {"sha256"});
  ns.Add("HMAC", {}, true, Hmac, {"hmac"});
  ns.Add("FNV32a", {ParamKind::kAny}, false, [](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
    uint32_t h = 2166136261u;
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    return Value::Int(h);
  });
  ns.Install(funcs);
}

}  // namespace kiln::funcs
