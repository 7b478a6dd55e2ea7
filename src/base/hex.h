// Hexadecimal digits, as URL percent-escapes, character references and regex escapes spell
// them, and bytes spelled in hex, as digests, ETags and signatures print. Pure inline
// functions; thread-safe.
#ifndef KILN_BASE_HEX_H_
#define KILN_BASE_HEX_H_

#include <string>
#include <string_view>

namespace kiln {

// The value of hex digit `c` (either case), or -1 when `c` is not one.
constexpr int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr bool IsHexDigit(char c) { return HexDigitValue(c) >= 0; }

// Appends `c` as a URL percent-escape, "%2F": upper-case digits, as RFC 3986 recommends and
// Go's url package writes.
inline void AppendPercentEscape(unsigned char c, std::string* out) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  out->push_back('%');
  out->push_back(kDigits[c >> 4]);
  out->push_back(kDigits[c & 15]);
}

// `bytes` as lower-case hex, two digits a byte.
inline std::string HexEncode(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return out;
}

}  // namespace kiln

#endif  // KILN_BASE_HEX_H_
