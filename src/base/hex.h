// Hexadecimal digits, as URL percent-escapes, character references and regex escapes spell
// them. Pure inline functions; thread-safe.
#ifndef KILN_BASE_HEX_H_
#define KILN_BASE_HEX_H_

namespace kiln {

// The value of hex digit `c` (either case), or -1 when `c` is not one.
constexpr int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr bool IsHexDigit(char c) { return HexDigitValue(c) >= 0; }

}  // namespace kiln

#endif  // KILN_BASE_HEX_H_
