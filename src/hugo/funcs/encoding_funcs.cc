// The encoding namespace: jsonify (returned as template.HTML, as Hugo does) and standard
// padded base64.
#include <cstring>

#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/json_encode.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Base64Encode(std::string_view s) {
  std::string out;
  size_t i = 0;
  for (; i + 2 < s.size(); i += 3) {
    uint32_t n = (uint8_t(s[i]) << 16) | (uint8_t(s[i + 1]) << 8) | uint8_t(s[i + 2]);
    for (int k = 18; k >= 0; k -= 6) out += kBase64[(n >> k) & 63];
  }
  if (size_t rest = s.size() - i; rest > 0) {
    uint32_t n = uint8_t(s[i]) << 16;
    if (rest == 2) n |= uint8_t(s[i + 1]) << 8;
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += rest == 2 ? kBase64[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

StatusOr<std::string> Base64Decode(std::string_view s) {
  std::string out;
  for (size_t q = 0; q < s.size(); q += 4) {
    auto corrupt = [&](size_t at) {
      return InvalidArgumentError("illegal base64 data at input byte " + std::to_string(at));
    };
    if (q + 4 > s.size()) return corrupt(q);
    uint32_t n = 0;
    int pad = 0;
    for (size_t k = 0; k < 4; ++k) {
      char c = s[q + k];
      const char* p = c ? std::strchr(kBase64, c) : nullptr;
      if (c == '=' && k >= 2 && q + 4 == s.size()) {
        ++pad;
        n <<= 6;
        continue;
      }
      if (!p || pad) return corrupt(q + k);
      n = (n << 6) | static_cast<uint32_t>(p - kBase64);
    }
    out += static_cast<char>(n >> 16);
    if (pad < 2) out += static_cast<char>((n >> 8) & 255);
    if (pad < 1) out += static_cast<char>(n & 255);
  }
  return out;
}

StatusOr<Value> Jsonify(Args a) {
  RETURN_IF_ERROR(WantArgs("Jsonify", a, 1, 2));
  JsonOptions options;
  if (a.size() == 2) {
    if (const Value* v = a[0].Find("prefix")) {
      ASSIGN_OR_RETURN(options.prefix, ToString(*v));
    }
    if (const Value* v = a[0].Find("indent")) {
      ASSIGN_OR_RETURN(options.indent, ToString(*v));
    }
    if (const Value* v = a[0].Find("noHTMLEscape")) options.escape_html = !v->IsTruthy();
  }
  ASSIGN_OR_RETURN(std::string json, EncodeJson(a.back(), options));
  return Value::String(std::move(json), SafeKind::kHTML);
}

}  // namespace

void RegisterEncodingFuncs(FuncMap* funcs) {
  Namespace ns("encoding");
  ns.Add("Jsonify", {}, true, Jsonify, {"jsonify"});
  ns.Add("Base64Encode", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(Base64Encode(s));
         },
         {"base64Encode"});
  ns.Add("Base64Decode", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           ASSIGN_OR_RETURN(std::string d, Base64Decode(s));
           return Value::String(std::move(d));
         },
         {"base64Decode"});
  ns.Install(funcs);
}

}  // namespace kiln::funcs
