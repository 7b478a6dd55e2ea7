#include "content/inflect.h"

#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "content/inflect_rules.h"

namespace kiln {

namespace {

// Go's unicode classes, exact for Latin-1; beyond it a rune counts as an uncased letter.
bool IsUpperRune(char32_t r) {
  return (r >= 'A' && r <= 'Z') || (r >= 0xC0 && r <= 0xDE && r != 0xD7);
}

char32_t ToLowerRune(char32_t r) { return IsUpperRune(r) ? r + 0x20 : r; }

char32_t ToUpperRune(char32_t r) {
  if ((r >= 'a' && r <= 'z') || (r >= 0xE0 && r <= 0xFE && r != 0xF7)) return r - 0x20;
  if (r == 0xFF) return 0x178;
  if (r == 0xB5) return 0x39C;
  return r;
}

bool IsAsciiAlnum(char32_t r) {
  return (r >= '0' && r <= '9') || ((r | 0x20) >= 'a' && (r | 0x20) <= 'z');
}

// The characters that split words besides spaces and case changes.
bool IsSeparatorRune(char32_t r) {
  return r == '_' || r == ' ' || r == ':' || r == '-' || r == '/' || IsSpaceRune(r);
}

// Letters, digits, punctuation and '`' stay inside a word; symbols and controls end it.
bool IsWordRune(char32_t r) {
  if (r < 0x80) {
    switch (r) {
      case '$':
      case '+':
      case '<':
      case '=':
      case '>':
      case '^':
      case '|':
      case '~':
        return false;
      default:
        return r > ' ' && r < 0x7F;
    }
  }
  if (r <= 0xFF) {
    switch (r) {
      case 0xA1:
      case 0xA7:
      case 0xAA:
      case 0xAB:
      case 0xB5:
      case 0xB6:
      case 0xB7:
      case 0xBA:
      case 0xBB:
      case 0xBF:
        return true;
      default:
        return r >= 0xC0 && r != 0xD7 && r != 0xF7;
    }
  }
  return r != kRuneError;
}

std::string MapRunes(std::string_view s, char32_t (*f)(char32_t)) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    int width = 0;
    AppendRune(&out, f(DecodeRune(s, i, &width)));
    i += width;
  }
  return out;
}

std::string Lower(std::string_view s) { return MapRunes(s, ToLowerRune); }
std::string Upper(std::string_view s) { return MapRunes(s, ToUpperRune); }

bool IsAcronym(std::string_view s) { return IsInflectAcronym(AsciiLower(Upper(s))); }

// Adds a finished word to `parts`: trimmed of separators, in capitals if it is an acronym,
// dropped if nothing is left.
void AppendWord(std::vector<std::string>* parts, std::string_view word) {
  word = TrimSpaceRunes(word);
  for (char sep : {'_', ' ', ':', '-', '/'}) {
    while (!word.empty() && word.front() == sep) word.remove_prefix(1);
    while (!word.empty() && word.back() == sep) word.remove_suffix(1);
  }
  if (word.empty()) return;
  parts->push_back(IsAcronym(word) ? Upper(word) : std::string(word));
}

// The words of `s` (see the header). A separator or capital starts the next word.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> parts;
  s = TrimSpaceRunes(s);
  if (s.empty()) return parts;
  if (IsAcronym(s)) return {Upper(s)};
  std::string word;
  char32_t prev = 0;
  for (size_t i = 0; i < s.size();) {
    int width = 0;
    char32_t c = DecodeRune(s, i, &width);
    i += width;
    bool starts_word =
        IsSeparatorRune(c) || (IsUpperRune(c) && (!IsUpperRune(prev) || IsAcronym(word)));
    if (starts_word || !IsWordRune(c)) {
      AppendWord(&parts, word);
      word.clear();
      if (starts_word) AppendRune(&word, c);
    } else {
      AppendRune(&word, c);
    }
    prev = c;
  }
  AppendWord(&parts, word);
  return parts;
}

// `s` with its first rune in upper case.
std::string CapitalizeRune(std::string_view s) {
  if (s.empty()) return "";
  int width = 0;
  char32_t first = DecodeRune(s, 0, &width);
  std::string out;
  AppendRune(&out, ToUpperRune(first));
  out += s.substr(width);
  return out;
}

bool StartsCapitalized(std::string_view s) { return CapitalizeRune(s) == s; }

// `text` with `last` (its last word) removed from its end, if it ends so, and `repl` added:
// an acronym written otherwise than in capitals is not found, and `repl` is appended.
std::string ReplaceLast(std::string_view text, std::string_view last, std::string_view repl) {
  if (text.ends_with(last)) text.remove_suffix(last.size());
  return std::string(text) + std::string(repl);
}

// Which form a direction produces: pluralising reads the tables from singular to plural.
// Pluralising first leaves a known plural alone; singularising first rewrites a known plural,
// so "AIRCRAFT" (both forms) pluralises unchanged and singularises to "Aircraft".
struct Direction {
  std::string_view Inflection::*from;
  std::string_view Inflection::*to;
  bool keep_target_first;
};

// The irregular-word and suffix steps both directions share; false if none applies.
bool Inflect(std::string_view text, std::string_view last, Direction d, std::string* out) {
  std::string lower = Lower(last);
  auto known = [&](std::string_view Inflection::*form) {
    for (const Inflection& w : IrregularInflections()) {
      if (lower == w.*form) return &w;
    }
    return static_cast<const Inflection*>(nullptr);
  };
  for (bool target : {d.keep_target_first, !d.keep_target_first}) {
    const Inflection* w = known(target ? d.to : d.from);
    if (w == nullptr) continue;
    if (target) {
      *out = std::string(text);
    } else {
      std::string to(w->*d.to);
      *out = ReplaceLast(text, last, StartsCapitalized(last) ? CapitalizeRune(to) : to);
    }
    return true;
  }
  for (const Inflection& r : SuffixInflections()) {
    if (std::string_view(lower).ends_with(r.*d.to)) {
      *out = ReplaceLast(text, last, last);
      return true;
    }
    std::string_view from = r.*d.from;
    if (std::string_view(lower).ends_with(from)) {
      std::string stem(last.substr(0, last.size() - from.size()));
      *out = ReplaceLast(text, last, stem + std::string(r.*d.to));
      return true;
    }
  }
  return false;
}

// Capitalises the first letter of each run of letters, digits and '_'.
std::string TitleWords(std::string_view s) {
  std::string out;
  char32_t prev = ' ';
  for (size_t i = 0; i < s.size();) {
    int width = 0;
    char32_t r = DecodeRune(s, i, &width);
    i += width;
    bool after_separator = prev < 0x80 ? !IsAsciiAlnum(prev) && prev != '_' : IsSpaceRune(prev);
    AppendRune(&out, after_separator ? ToUpperRune(r) : r);
    prev = r;
  }
  return out;
}

// One pass of the library's humanize: words joined by spaces, the first title-cased.
std::string HumanizeOnce(std::string_view s) {
  if (s.empty()) return "";
  std::vector<std::string> words = Words(s);
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    AppendWord(&out, i == 0 ? TitleWords(words[0]) : words[i]);
  }
  return Join(out, " ");
}

}  // namespace

std::string Pluralize(std::string_view text) {
  std::vector<std::string> words = Words(text);
  if (words.empty()) return "";
  std::string out;
  if (Inflect(text, words.back(), {&Inflection::singular, &Inflection::plural, true}, &out)) {
    return out;
  }
  if (Lower(words.back()).ends_with('s')) return std::string(text);
  return std::string(text) + "s";
}

std::string Singularize(std::string_view text) {
  std::vector<std::string> words = Words(text);
  if (words.empty()) return std::string(text);
  std::string out;
  if (Inflect(text, words.back(), {&Inflection::plural, &Inflection::singular, false}, &out)) {
    return out;
  }
  if (words.back().ends_with('s')) return ReplaceLast(text, "s", "");
  return std::string(text);
}

std::string Humanize(std::string_view text) { return HumanizeOnce(Lower(HumanizeOnce(text))); }

std::string FirstUpper(std::string_view text) { return CapitalizeRune(text); }

}  // namespace kiln
