#include "content/title_collation.h"

#include <cstdint>
#include <vector>

#include "base/utf8.h"

namespace kiln {
namespace {

// One character's weights at the three levels.
struct Weights {
  uint32_t primary;
  uint8_t secondary;  // 0 unaccented, 1 accented
  uint8_t tertiary;   // 0 lower case or caseless, 1 upper case
};

enum Class : uint32_t { kSpace = 0, kPunct = 1, kDigit = 2, kLetter = 3, kOther = 4 };

constexpr uint32_t Primary(Class c, uint32_t within) { return (c << 24) | within; }

// The base letters of U+00C0..U+00FF ('*' for the two signs in the range, which are
// symbols); upper case in the first half, lower case in the second.
constexpr std::string_view kLatin1Base =
    "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo*ouuuuyty";

Weights WeightsOf(char32_t r) {
  if (r < 0x80) {
    char c = static_cast<char>(r);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return {Primary(kSpace, r), 0, 0};
    if (c >= '0' && c <= '9') return {Primary(kDigit, r), 0, 0};
    if (c >= 'a' && c <= 'z') return {Primary(kLetter, r), 0, 0};
    if (c >= 'A' && c <= 'Z') return {Primary(kLetter, r - 'A' + 'a'), 0, 1};
    return {Primary(kPunct, r), 0, 0};
  }
  if (r >= 0xC0 && r <= 0xFF && kLatin1Base[r - 0xC0] != '*') {
    uint8_t upper = r < 0xE0 && r != 0xDF ? 1 : 0;
    return {Primary(kLetter, static_cast<uint32_t>(kLatin1Base[r - 0xC0])), 1, upper};
  }
  return {Primary(kOther, r), 0, 0};
}

std::vector<Weights> Collation(std::string_view s) {
  std::vector<Weights> out;
  for (size_t i = 0; i < s.size();) {
    int width = 1;
    out.push_back(WeightsOf(DecodeRune(s, i, &width)));
    i += width;
  }
  return out;
}

// Compares one level of the two weight sequences; a prefix sorts first.
template <typename Field>
int CompareLevel(const std::vector<Weights>& a, const std::vector<Weights>& b, Field field) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    auto x = a[i].*field, y = b[i].*field;
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

// Latin-1 upper-case letters (× aside) fold to their lower case.
char32_t FoldRune(char32_t r) {
  if ((r >= 'A' && r <= 'Z') || (r >= 0xC0 && r <= 0xDE && r != 0xD7)) return r + 0x20;
  return r;
}

int Sign(int x) { return (x > 0) - (x < 0); }

}  // namespace

int FoldCompare(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    int wa = 1, wb = 1;
    char32_t ra = DecodeRune(a, i, &wa), rb = DecodeRune(b, j, &wb);
    i += wa;
    j += wb;
    if (ra == rb || FoldRune(ra) == FoldRune(rb)) continue;
    if (ra < 0x80 && rb < 0x80) return FoldRune(ra) < FoldRune(rb) ? -1 : 1;
    return ra < rb ? -1 : 1;
  }
  if (i < a.size() || j < b.size()) return i < a.size() ? 1 : -1;
  return Sign(a.compare(b));
}

int CollateTitles(std::string_view a, std::string_view b) {
  std::vector<Weights> wa = Collation(a), wb = Collation(b);
  if (int c = CompareLevel(wa, wb, &Weights::primary); c != 0) return c;
  if (int c = CompareLevel(wa, wb, &Weights::secondary); c != 0) return c;
  return CompareLevel(wa, wb, &Weights::tertiary);
}

}  // namespace kiln
