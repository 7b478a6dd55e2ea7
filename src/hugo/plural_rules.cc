#include "hugo/plural_rules.h"

#include <algorithm>
#include <array>
#include <string>

#include "base/strings.h"

namespace kiln::hugo {
namespace {

// kZeroOrOne stands for both "i = 0,1" (French) and "i = 0 or n = 1" (Persian, Hindi):
// they agree on whole numbers.
enum class Rule {
  kOneIsOne,
  kNone,
  kZeroOrOne,
  kEastSlavic,
  kPolish,
  kCzech,
  kSouthSlavic,
  kArabic
};

struct LangRule {
  std::string_view lang;
  Rule rule;
};

// CLDR's rules restricted to whole numbers, for the languages that differ from English.
constexpr std::array kRules = {
    LangRule{"am", Rule::kZeroOrOne},   LangRule{"ar", Rule::kArabic},
    LangRule{"as", Rule::kZeroOrOne},   LangRule{"be", Rule::kEastSlavic},
    LangRule{"bn", Rule::kZeroOrOne},   LangRule{"bo", Rule::kNone},
    LangRule{"bs", Rule::kSouthSlavic}, LangRule{"cs", Rule::kCzech},
    LangRule{"fa", Rule::kZeroOrOne},   LangRule{"ff", Rule::kZeroOrOne},
    LangRule{"fr", Rule::kZeroOrOne},   LangRule{"gu", Rule::kZeroOrOne},
    LangRule{"hi", Rule::kZeroOrOne},   LangRule{"hr", Rule::kSouthSlavic},
    LangRule{"hy", Rule::kZeroOrOne},   LangRule{"id", Rule::kNone},
    LangRule{"ja", Rule::kNone},        LangRule{"jv", Rule::kNone},
    LangRule{"kab", Rule::kZeroOrOne},  LangRule{"km", Rule::kNone},
    LangRule{"kn", Rule::kZeroOrOne},   LangRule{"ko", Rule::kNone},
    LangRule{"lo", Rule::kNone},        LangRule{"ms", Rule::kNone},
    LangRule{"my", Rule::kNone},        LangRule{"pl", Rule::kPolish},
    LangRule{"pt", Rule::kZeroOrOne},   LangRule{"ru", Rule::kEastSlavic},
    LangRule{"sk", Rule::kCzech},       LangRule{"sr", Rule::kSouthSlavic},
    LangRule{"th", Rule::kNone},        LangRule{"uk", Rule::kEastSlavic},
    LangRule{"vi", Rule::kNone},        LangRule{"yo", Rule::kNone},
    LangRule{"zh", Rule::kNone},        LangRule{"zu", Rule::kZeroOrOne},
};

Rule RuleFor(std::string_view lang) {
  std::string base = AsciiLower(lang.substr(0, lang.find_first_of("-_")));
  auto it =
      std::find_if(kRules.begin(), kRules.end(), [&](const LangRule& r) { return r.lang == base; });
  return it == kRules.end() ? Rule::kOneIsOne : it->rule;
}

// The Slavic rules share their "few" endings: 2–4, but not 12–14.
bool FewEnding(uint64_t n) { return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14); }
bool OneEnding(uint64_t n) { return n % 10 == 1 && n % 100 != 11; }

}  // namespace

std::string_view PluralForm(std::string_view lang, int64_t count) {
  uint64_t n = count < 0 ? 0 - static_cast<uint64_t>(count) : static_cast<uint64_t>(count);
  switch (RuleFor(lang)) {
    case Rule::kOneIsOne:
      return n == 1 ? "one" : "other";
    case Rule::kNone:
      return "other";
    case Rule::kZeroOrOne:
      return n <= 1 ? "one" : "other";
    case Rule::kEastSlavic:
      return OneEnding(n) ? "one" : FewEnding(n) ? "few" : "many";
    case Rule::kPolish:
      return n == 1 ? "one" : FewEnding(n) ? "few" : "many";
    case Rule::kCzech:
      return n == 1 ? "one" : n >= 2 && n <= 4 ? "few" : "other";
    case Rule::kSouthSlavic:
      return OneEnding(n) ? "one" : FewEnding(n) ? "few" : "other";
    case Rule::kArabic:
      if (n <= 2) return n == 0 ? "zero" : n == 1 ? "one" : "two";
      if (n % 100 >= 3 && n % 100 <= 10) return "few";
      return n % 100 >= 11 ? "many" : "other";
  }
  return "other";
}

}  // namespace kiln::hugo
