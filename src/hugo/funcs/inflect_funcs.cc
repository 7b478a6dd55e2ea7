// The inflect namespace: humanize ("my-first-post" → "My first post", 3 → "3rd", with
// the acronyms hugo's inflection library capitalises), pluralize and singularize (English
// rules; the plural rules are the ones list titles use).
#include <algorithm>
#include <array>
#include <iterator>

#include "base/strings.h"
#include "content/inflect.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"

namespace kiln::funcs {

namespace {

constexpr std::string_view kAcronyms[] = {
#include "hugo/funcs/acronyms.inc"
};

bool IsAcronym(std::string_view lower) {
  return std::binary_search(std::begin(kAcronyms), std::end(kAcronyms), lower);
}

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsSeparator(char c) { return c == '_' || c == '-' || c == ' ' || c == '\t' || c == '\n'; }

// The length of the longest acronym starting at s[i] (matched ignoring case) that ends
// the word there: at the end, before a separator, or, when written in capitals, before
// another capital ("HTMLParser", "aIDB"); 0 if none.
size_t AcronymAt(std::string_view s, size_t i) {
  constexpr size_t kLongest = 5;
  for (size_t len = std::min(kLongest, s.size() - i); len >= 2; --len) {
    std::string_view text = s.substr(i, len);
    if (!IsAcronym(AsciiLower(text))) continue;
    if (i + len == s.size() || IsSeparator(s[i + len])) return len;
    bool capitals = std::none_of(text.begin(), text.end(), IsLower);
    if (capitals && IsUpper(s[i + len])) return len;
  }
  return 0;
}

// Splits `s` into lower-case words separated by single spaces: at separators, between a
// lower-case letter or digit and a capital ("myCamel" → "my camel"), and around acronyms
// that start a word ("myAPIKey" → "my api key"). Runs of capitals stay one word
// ("XMLHttp" → "xmlhttp").
std::string SplitWords(std::string_view s) {
  std::string out;
  auto boundary = [&] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  bool word_start = true;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (IsSeparator(c)) {
      boundary();
      word_start = true;
      ++i;
      continue;
    }
    if (IsUpper(c) && i > 0 && (IsLower(s[i - 1]) || IsDigit(s[i - 1]))) word_start = true;
    if (word_start) {
      boundary();
      if (size_t len = AcronymAt(s, i)) {
        out += AsciiLower(s.substr(i, len));
        out += ' ';
        i += len;
        continue;
      }
    }
    word_start = false;
    out += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    ++i;
  }
  return out;
}

std::string Ordinalize(int64_t n) {
  int64_t a = n < 0 ? -n : n;
  const char* suffix = "th";
  if (a % 100 < 11 || a % 100 > 13) {
    switch (a % 10) {
      case 1:
        suffix = "st";
        break;
      case 2:
        suffix = "nd";
        break;
      case 3:
        suffix = "rd";
        break;
      default:
        break;
    }
  }
  return std::to_string(n) + suffix;
}

std::string Humanize(std::string_view s) {
  std::string out;
  std::string words = SplitWords(s);
  for (std::string_view word : Split(words, ' ')) {
    if (word.empty()) continue;
    std::string w(word);
    if (IsAcronym(w)) {
      for (char& c : w) c = static_cast<char>(c - (IsLower(c) ? 'a' - 'A' : 0));
    }
    if (!out.empty()) out += ' ';
    out += w;
  }
  if (!out.empty() && IsLower(out[0])) out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// The inflection `changed` of the lower-cased `word`, in `word`'s case: the original with
// the added ending when the stem is kept, else capitalised as `word` was.
std::string KeepCase(std::string_view word, std::string changed) {
  std::string lower = AsciiLower(word);
  if (changed.starts_with(lower)) return std::string(word) + changed.substr(lower.size());
  if (!word.empty() && IsUpper(word[0]) && !changed.empty() && IsLower(changed[0])) {
    changed[0] = static_cast<char>(changed[0] - 'a' + 'A');
  }
  return changed;
}

std::string Singularize(std::string_view word) {
  std::string w(word);
  size_t start = w.find_last_of("- ") == std::string::npos ? 0 : w.find_last_of("- ") + 1;
  std::string last = AsciiLower(std::string_view(w).substr(start));
  std::string head = w.substr(0, start);
  static constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
      {"people", "person"}, {"children", "child"}, {"men", "man"},        {"women", "woman"},
      {"teeth", "tooth"},   {"feet", "foot"},      {"mice", "mouse"},     {"oxen", "ox"},
      {"news", "news"},     {"series", "series"},  {"species", "species"}};
  for (const auto& [many, one] : kIrregular) {
    if (last == many) return head + std::string(one);
  }
  auto ends = [&](std::string_view s) { return last.ends_with(s); };
  auto stem = [&](size_t drop) { return w.substr(0, w.size() - drop); };
  static constexpr std::string_view kSisStems[] = {"analy",  "ba",    "diagno", "parenthe",
                                                   "progno", "synop", "the",    "cri"};
  for (std::string_view st : kSisStems) {
    if (last.ends_with(std::string(st) + "ses")) return stem(2) + "is";
  }
  if (ends("ives") && !ends("lives")) return stem(3) + "fe";
  if (ends("lves")) return stem(3) + "f";
  if (ends("matrices")) return stem(3) + "x";
  if (ends("ices")) return stem(4) + "ex";
  if (ends("movies")) return stem(1);
  if (ends("ies") && last.size() > 3 &&
      std::string_view("aeiouy").find(last[last.size() - 4]) == std::string_view::npos) {
    return stem(3) + "y";
  }
  if (ends("zzes")) return stem(3);
  if (ends("uses") || ends("xes") || ends("ches") || ends("shes") || ends("sses") || ends("oes")) {
    return stem(2);
  }
  if (ends("ss") || ends("us") || ends("is")) return w;
  if (ends("s")) return stem(1);
  return w;
}

}  // namespace

void RegisterInflectFuncs(FuncMap* funcs) {
  Namespace ns("inflect");
  ns.Add("Humanize", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           if (s.empty()) return Value::String("");
           if (a[0].kind() == ValueKind::kInt) return Value::String(Ordinalize(a[0].AsInt()));
           if (a[0].is_string()) {
             StatusOr<int64_t> n = ToInt(a[0]);
             if (n.ok()) return Value::String(Ordinalize(*n));
           }
           return Value::String(Humanize(s));
         },
         {"humanize"});
  ns.Add("Pluralize", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(KeepCase(s, Pluralize(AsciiLower(s))));
         },
         {"pluralize"});
  ns.Add("Singularize", {ParamKind::kAny}, false,
         [](Args a) -> StatusOr<Value> {
           ASSIGN_OR_RETURN(std::string s, ToString(a[0]));
           return Value::String(Singularize(s));
         },
         {"singularize"});
  ns.Install(funcs);
}

}  // namespace kiln::funcs
