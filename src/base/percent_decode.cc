#include "base/percent_decode.h"

#include "base/hex.h"

namespace kiln {

std::string PercentDecode(std::string_view s, PlusDecoding plus) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = HexDigitValue(s[i + 1]), lo = HexDigitValue(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(plus == PlusDecoding::kSpace && s[i] == '+' ? ' ' : s[i]);
  }
  return out;
}

}  // namespace kiln
