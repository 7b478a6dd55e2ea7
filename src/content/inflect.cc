#include "content/inflect.h"

#include <array>
#include <utility>

namespace kiln {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kIrregular = {{
    {"person", "people"},
    {"child", "children"},
    {"man", "men"},
    {"woman", "women"},
    {"tooth", "teeth"},
    {"foot", "feet"},
    {"mouse", "mice"},
    {"photo", "photos"},
    {"ox", "oxen"},
}};
constexpr std::array<std::string_view, 11> kUncountable = {
    "data", "equipment", "fish",  "information", "money", "news",
    "rice", "series",    "sheep", "species",     "police"};
// Words ending in "us" that take "es" rather than "i".
constexpr std::array<std::string_view, 4> kUsEs = {"status", "campus", "bus", "census"};

bool IsVowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

}  // namespace

std::string Pluralize(std::string_view word) {
  std::string w(word);
  if (w.empty()) return w;
  // The rules look at the last word only: "news-item" → "news-items".
  size_t start = w.find_last_of("- ") == std::string::npos ? 0 : w.find_last_of("- ") + 1;
  std::string_view last = std::string_view(w).substr(start);
  std::string head = w.substr(0, start);
  for (const auto& [one, many] : kIrregular) {
    if (last == one) return head + std::string(many);
  }
  for (std::string_view u : kUncountable) {
    if (last == u) return w;
  }
  auto ends = [&](std::string_view s) { return last.ends_with(s); };
  auto stem = [&](size_t drop) { return w.substr(0, w.size() - drop); };
  const size_t n = last.size();
  if (ends("us")) {
    for (std::string_view u : kUsEs) {
      if (last == u) return w + "es";
    }
    return stem(2) + "i";
  }
  if (ends("is")) return stem(2) + "es";
  if (ends("ex") || ends("ix")) return stem(2) + "ices";
  if (ends("fe")) return stem(2) + "ves";
  if (ends("lf")) return stem(1) + "ves";
  if (ends("quiz")) return w + "zes";
  if (ends("x") || ends("ch") || ends("sh") || ends("ss") || ends("as")) return w + "es";
  if (ends("s")) return w;
  if (ends("y") && n > 1 && !IsVowel(last[n - 2])) return stem(1) + "ies";
  if (ends("o") && !ends("io")) return w + "es";
  return w + "s";
}

}  // namespace kiln
