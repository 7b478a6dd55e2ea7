#include "hugo/funcs/collate.h"

#include <vector>

#include "base/strings.h"
#include "base/utf8.h"

namespace kiln::funcs {
namespace {

// A character's weights at the collator's three levels.
struct Weight {
  int primary;    // class (space, punctuation, digit, letter, other) and base letter
  int secondary;  // 0 plain, 1 accented
  int tertiary;   // 0 lower case, 1 upper case
};

// The base letter of a Latin-1 accented letter (U+00C0–U+00FF), or 0.
char BaseLetter(char32_t r) {
  static const char kBase[] =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // U+00C0–U+00DF
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0–U+00FF
  if (r < 0xC0 || r > 0xFF) return 0;
  char c = kBase[r - 0xC0];
  return c == '*' || c == '/' ? 0 : c;
}

Weight WeightOf(char32_t r) {
  bool upper = (r >= 'A' && r <= 'Z') || (r >= 0xC0 && r <= 0xDE);
  if (char base = BaseLetter(r)) return {3 * 0x10000 + base, 1, upper ? 1 : 0};
  if (r >= 'A' && r <= 'Z') r = r - 'A' + 'a';
  int group = (r >= 'a' && r <= 'z')    ? 3
              : (r >= '0' && r <= '9')  ? 2
              : (r == ' ' || r == '\t') ? 0
              : r < 0x80                ? 1
                                        : 4;
  return {group * 0x10000 + static_cast<int>(r % 0x10000), 0, upper ? 1 : 0};
}

std::vector<Weight> Weights(std::string_view s) {
  std::vector<Weight> out;
  for (size_t i = 0; i < s.size();) {
    int width = 1;
    out.push_back(WeightOf(DecodeRune(s, i, &width)));
    i += width > 0 ? width : 1;
  }
  return out;
}

int Sign(int x) { return (x > 0) - (x < 0); }

}  // namespace

int CollateCompare(std::string_view a, std::string_view b) {
  std::vector<Weight> wa = Weights(a), wb = Weights(b);
  size_t n = wa.size() < wb.size() ? wa.size() : wb.size();
  for (int Weight::*level : {&Weight::primary, &Weight::secondary, &Weight::tertiary}) {
    for (size_t i = 0; i < n; ++i) {
      if (wa[i].*level != wb[i].*level) return Sign(wa[i].*level - wb[i].*level);
    }
    if (level == &Weight::primary && wa.size() != wb.size()) return wa.size() < wb.size() ? -1 : 1;
  }
  return Sign(a.compare(b));
}

}  // namespace kiln::funcs
