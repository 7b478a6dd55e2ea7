#include "minify/entity_ref.h"

#include <cstdint>

#include "base/hex.h"

namespace kiln::minify {

EntityRef ScanEntityRef(std::string_view b, size_t i, EntityLookup lookup) {
  constexpr size_t kMaxEntityLength = 31;
  const size_t n = b.size();
  size_t j = i + 1;
  if (b[j] == '#') {
    ++j;
    if (b[j] == 'x') {
      ++j;
      uint64_t c = 0;  // wraps like upstream's int on absurd inputs
      for (; j < n && IsHexDigit(b[j]); ++j) c = (c << 4) + HexDigitValue(b[j]);
      int64_t value = static_cast<int64_t>(c);
      if (j <= i + 3 || 10000 <= value) return {j - 1, ""};
      if (value < 128) return {j, std::string(1, static_cast<char>(value))};
      return {j, "&#" + std::to_string(value) + ";"};
    }
    int c = 0;
    for (; j < n && c < 128 && b[j] >= '0' && b[j] <= '9'; ++j) c = c * 10 + (b[j] - '0');
    if (j <= i + 2 || 128 <= c) return {j - 1, ""};
    return {j, std::string(1, static_cast<char>(c))};
  }
  while (j < n && j - i - 1 <= kMaxEntityLength && b[j] != ';') ++j;
  if (j <= i + 1 || n <= j) return {j - 1, ""};
  return {j, std::string(lookup(b.substr(i + 1, j - i - 1)))};
}

bool ContinuesReference(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '#';
}

}  // namespace kiln::minify
