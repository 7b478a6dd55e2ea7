#include "base/unicode_case.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace kiln {
namespace {

enum CaseIndex { kUpper = 0, kLower = 1, kTitle = 2 };

// A delta that no rune can have: the range alternates upper and lower case letters, starting
// with an upper one, so the mapping only sets or clears the low bit of the offset in the run.
constexpr int32_t kUpperLower = 0x110000;

struct CaseRange {
  char32_t lo;
  char32_t hi;
  int32_t delta[3];  // indexed by CaseIndex
};

// Sorted and disjoint.
constexpr CaseRange kCaseRanges[] = {
#include "base/case_ranges.inc"
};

char32_t MapNonAscii(CaseIndex which, char32_t r) {
  const CaseRange* it = std::upper_bound(std::begin(kCaseRanges), std::end(kCaseRanges), r,
                                         [](char32_t v, const CaseRange& x) { return v < x.lo; });
  if (it == std::begin(kCaseRanges)) return r;
  const CaseRange& range = *std::prev(it);
  if (r > range.hi) return r;
  int32_t delta = range.delta[which];
  if (delta == kUpperLower) {
    // Upper and title sit at even offsets (kUpper, kTitle are even), lower at odd ones.
    return range.lo + (((r - range.lo) & ~char32_t{1}) | static_cast<char32_t>(which & 1));
  }
  return static_cast<char32_t>(static_cast<int32_t>(r) + delta);
}

}  // namespace

char32_t ToUpperRune(char32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 0x20 : r;
  return MapNonAscii(kUpper, r);
}

char32_t ToLowerRune(char32_t r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + 0x20 : r;
  return MapNonAscii(kLower, r);
}

char32_t ToTitleRune(char32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 0x20 : r;
  return MapNonAscii(kTitle, r);
}

}  // namespace kiln
