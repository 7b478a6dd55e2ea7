#include "base/cjk.h"

#include <algorithm>
#include <iterator>

#include "base/utf8.h"

namespace kiln {
namespace {

struct RuneRange {
  char32_t lo;
  char32_t hi;
};

// Sorted, disjoint and merged.
constexpr RuneRange kCjkRanges[] = {
#include "base/cjk_ranges.inc"
};

}  // namespace

bool IsCjkRune(char32_t r) {
  if (r < kCjkRanges[0].lo) return false;
  const RuneRange* it = std::upper_bound(std::begin(kCjkRanges), std::end(kCjkRanges), r,
                                         [](char32_t v, const RuneRange& x) { return v < x.lo; });
  return r <= std::prev(it)->hi;
}

bool ContainsCjk(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int width = 1;
    if (IsCjkRune(DecodeRune(s, i, &width))) return true;
    i += width;
  }
  return false;
}

}  // namespace kiln
