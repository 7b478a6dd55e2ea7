// The strings namespace. Arguments go through cast's ToString, so numbers work where
// strings are expected; positions and lengths count runes, not bytes.
#include <set>

#include "base/cjk.h"
#include "base/unicode_case.h"
#include "base/utf8.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/funcs.h"
#include "hugo/funcs/namespace.h"
#include "hugo/funcs/regexp.h"
#include "markdown/content_helpers.h"

namespace kiln::funcs {
namespace {

using enum ParamKind;

std::vector<std::string_view> Runes(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    int w = 1;
    DecodeRune(s, i, &w);
    out.push_back(s.substr(i, w));
    i += w;
  }
  return out;
}

std::string MapRunes(std::string_view s, char32_t (*f)(char32_t)) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    int w = 1;
    char32_t r = DecodeRune(s, i, &w);
    if (r == 0xFFFD && w == 1) {
      out += s[i];
    } else {
      AppendRune(&out, f(r));
    }
    i += w;
  }
  return out;
}

std::string FirstUpper(std::string_view s) {
  if (s.empty()) return "";
  int w = 1;
  char32_t r = DecodeRune(s, 0, &w);
  std::string out;
  AppendRune(&out, ToUpperRune(r));
  out += s.substr(w);
  return out;
}

// AP-style title case: every word capitalised except short articles, conjunctions and
// prepositions inside the title, which keep their case.
std::string Title(std::string_view s) {
  static const std::set<std::string, std::less<>> kSmall = {
      "a",  "an", "and", "as",  "at", "but", "by",  "en",  "for", "if", "in", "nor", "of",
      "on", "or", "per", "the", "to", "v.",  "vs.", "via", "yet", "up", "so", "vs",  "v"};
  std::string out;
  std::vector<std::pair<size_t, size_t>> spans;  // word begin, end in s
  for (size_t i = 0; i < s.size();) {
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) spans.emplace_back(b, i);
    while (i < s.size() && s[i] == ' ') ++i;
  }
  size_t last = 0;
  for (size_t k = 0; k < spans.size(); ++k) {
    auto [b, e] = spans[k];
    out += s.substr(last, b - last);
    std::string_view word = s.substr(b, e - b);
    bool inner = k > 0 && k + 1 < spans.size();
    if (inner && kSmall.contains(MapRunes(word, ToLowerRune))) {
      out += word;
    } else {
      // Capitalise each hyphenated part.
      size_t p = 0;
      while (p <= word.size()) {
        size_t h = word.find('-', p);
        if (h == std::string_view::npos) h = word.size();
        out += FirstUpper(word.substr(p, h - p));
        if (h < word.size()) out += '-';
        p = h + 1;
      }
    }
    last = e;
  }
  out += s.substr(last);
  return out;
}

StatusOr<std::string> Str(const Value& v) { return ToString(v); }

// A function of converted string arguments.
template <typename F>
Fn Strs(F f) {
  return [f](Args a) -> StatusOr<Value> {
    std::vector<std::string> s;
    for (const Value& v : a) {
      ASSIGN_OR_RETURN(std::string x, Str(v));
      s.push_back(std::move(x));
    }
    return f(s);
  };
}

std::string TrimCutset(std::string_view s, std::string_view cutset, bool left, bool right) {
  std::vector<std::string_view> cut = Runes(cutset);
  auto in = [&](std::string_view r) {
    for (std::string_view c : cut) {
      if (c == r) return true;
    }
    return false;
  };
  std::vector<std::string_view> runes = Runes(s);
  size_t b = 0, e = runes.size();
  while (left && b < e && in(runes[b])) ++b;
  while (right && e > b && in(runes[e - 1])) --e;
  std::string out;
  for (size_t i = b; i < e; ++i) out += runes[i];
  return out;
}

StatusOr<int> Limit(Args a, size_t index) {
  if (a.size() <= index) return -1;
  ASSIGN_OR_RETURN(int64_t n, ToInt(a[index]));
  return static_cast<int>(n);
}

StatusOr<Value> Substr(Args a) {
  RETURN_IF_ERROR(WantArgs("substr", a, 2, 3));
  ASSIGN_OR_RETURN(std::string s, Str(a[0]));
  StatusOr<int64_t> start = ToInt(a[1]);
  if (!start.ok()) return InvalidArgumentError("start argument must be an integer");
  std::vector<std::string_view> r = Runes(s);
  int64_t n = static_cast<int64_t>(r.size());
  int64_t b = *start < 0 ? std::max<int64_t>(0, n + *start) : *start;
  if (b >= n) return Value::String("");
  int64_t e = n;
  if (a.size() == 3) {
    StatusOr<int64_t> len = ToInt(a[2]);
    if (!len.ok()) return InvalidArgumentError("length argument must be an integer");
    e = *len < 0 ? n + *len : b + *len;
    e = std::min(e, n);
    if (e <= b) return Value::String("");
  }
  std::string out;
  for (int64_t i = b; i < e; ++i) out += r[i];
  return Value::String(std::move(out));
}

StatusOr<Value> SliceString(Args a) {
  RETURN_IF_ERROR(WantArgs("SliceString", a, 2, 3));
  ASSIGN_OR_RETURN(std::string s, Str(a[0]));
  std::vector<std::string_view> r = Runes(s);
  ASSIGN_OR_RETURN(int64_t b, ToInt(a[1]));
  int64_t e = static_cast<int64_t>(r.size());
  if (a.size() == 3) {
    ASSIGN_OR_RETURN(e, ToInt(a[2]));
  }
  if (b < 0 || e > static_cast<int64_t>(r.size()) || b > e) {
    return InvalidArgumentError("slice bounds out of range");
  }
  std::string out;
  for (int64_t i = b; i < e; ++i) out += r[i];
  return Value::String(std::move(out));
}

StatusOr<Value> Truncate(Args a) {
  RETURN_IF_ERROR(WantArgs("truncate", a, 2, 3));
  ASSIGN_OR_RETURN(int64_t limit, ToInt(a[0]));
  std::string ellipsis = " …";
  if (a.size() == 3) {
    ASSIGN_OR_RETURN(ellipsis, Str(a[1]));
  }
  ASSIGN_OR_RETURN(std::string s, Str(a.back()));
  int64_t count = 0;
  size_t last_space = 0;
  for (size_t i = 0; i < s.size();) {
    int w = 1;
    char32_t r = DecodeRune(s, i, &w);
    if (IsSpaceRune(r) && count > 0) last_space = i;
    if (count == limit) {
      size_t cut = IsSpaceRune(r) || last_space == 0 ? i : last_space;
      return Value::String(s.substr(0, cut) + ellipsis);
    }
    ++count;
    i += w;
  }
  return Value::String(s);
}

std::vector<std::string> Split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  if (sep.empty()) {
    for (std::string_view r : Runes(s)) out.emplace_back(r);
    return out;
  }
  size_t p = 0;
  while (true) {
    size_t q = s.find(sep, p);
    if (q == std::string::npos) break;
    out.push_back(s.substr(p, q - p));
    p = q + sep.size();
  }
  out.push_back(s.substr(p));
  return out;
}

Value StringList(const std::vector<std::string>& items) {
  ValueList out;
  for (const std::string& s : items) out.push_back(Value::String(s));
  return Value::List(std::move(out));
}

StatusOr<Value> FindRE(Args a, bool submatches) {
  RETURN_IF_ERROR(WantArgs("findRE", a, 2, 3));
  ASSIGN_OR_RETURN(std::string pattern, Str(a[0]));
  ASSIGN_OR_RETURN(std::string s, Str(a[1]));
  ASSIGN_OR_RETURN(int limit, Limit(a, 2));
  ASSIGN_OR_RETURN(Regexp re, Regexp::Compile(pattern));
  ValueList out;
  for (const std::vector<std::string>& m : re.FindAll(s, limit)) {
    out.push_back(submatches ? StringList(m) : Value::String(m[0]));
  }
  return Value::List(std::move(out));
}

StatusOr<Value> ReplaceRE(Args a) {
  RETURN_IF_ERROR(WantArgs("replaceRE", a, 3, 4));
  ASSIGN_OR_RETURN(std::string pattern, Str(a[0]));
  ASSIGN_OR_RETURN(std::string repl, Str(a[1]));
  ASSIGN_OR_RETURN(std::string s, Str(a[2]));
  ASSIGN_OR_RETURN(int limit, Limit(a, 3));
  ASSIGN_OR_RETURN(Regexp re, Regexp::Compile(pattern));
  return Value::String(re.ReplaceAll(s, repl, limit));
}

StatusOr<Value> Replace(Args a) {
  RETURN_IF_ERROR(WantArgs("replace", a, 3, 4));
  ASSIGN_OR_RETURN(std::string s, Str(a[0]));
  ASSIGN_OR_RETURN(std::string old, Str(a[1]));
  ASSIGN_OR_RETURN(std::string repl, Str(a[2]));
  ASSIGN_OR_RETURN(int limit, Limit(a, 3));
  std::string out;
  size_t p = 0;
  for (int n = 0; limit < 0 || n < limit; ++n) {
    size_t q = s.find(old, p);
    if (q == std::string::npos || old.empty()) break;
    out += s.substr(p, q - p) + repl;
    p = q + old.size();
  }
  return Value::String(out + s.substr(p));
}

Value Bool(bool b) { return Value::Bool(b); }
Value Str1(std::string s) { return Value::String(std::move(s)); }

}  // namespace

void RegisterStringsFuncs(FuncMap* funcs) {
  Namespace ns("strings");
  using S = std::vector<std::string>;
  ns.Add("Chomp", {kAny}, false,
         Strs([](const S& s) { return Str1(TrimCutset(s[0], "\r\n", false, true)); }), {"chomp"});
  ns.Add("Trim", {kAny, kAny}, false,
         Strs([](const S& s) { return Str1(TrimCutset(s[0], s[1], true, true)); }), {"trim"});
  ns.Add("TrimLeft", {kAny, kAny}, false,
         Strs([](const S& s) { return Str1(TrimCutset(s[1], s[0], true, false)); }));
  ns.Add("TrimRight", {kAny, kAny}, false,
         Strs([](const S& s) { return Str1(TrimCutset(s[1], s[0], false, true)); }));
  ns.Add("TrimPrefix", {kAny, kAny}, false, Strs([](const S& s) {
           return Str1(s[1].starts_with(s[0]) ? s[1].substr(s[0].size()) : s[1]);
         }));
  ns.Add("TrimSuffix", {kAny, kAny}, false, Strs([](const S& s) {
           return Str1(s[1].ends_with(s[0]) ? s[1].substr(0, s[1].size() - s[0].size()) : s[1]);
         }));
  ns.Add("Replace", {kAny, kAny, kAny}, true, Replace, {"replace"});
  ns.Add("ReplaceRE", {kAny, kAny, kAny}, true, ReplaceRE, {"replaceRE"});
  ns.Add("FindRE", {kAny, kAny}, true, [](Args a) { return FindRE(a, false); }, {"findRE"});
  ns.Add("FindRESubmatch", {kAny, kAny}, true, [](Args a) { return FindRE(a, true); });
  ns.Add("Split", {kAny, kAny}, false,
         Strs([](const S& s) { return StringList(Split(s[0], s[1])); }), {"split"});
  ns.Add("Substr", {kAny, kAny}, true, Substr, {"substr"});
  ns.Add("SliceString", {kAny, kAny}, true, SliceString);
  ns.Add("Truncate", {kAny, kAny}, true, Truncate, {"truncate"});
  ns.Add("Title", {kAny}, false, Strs([](const S& s) { return Str1(Title(s[0])); }), {"title"});
  ns.Add("FirstUpper", {kAny}, false, Strs([](const S& s) { return Str1(FirstUpper(s[0])); }));
  ns.Add("ToUpper", {kAny}, false,
         Strs([](const S& s) { return Str1(MapRunes(s[0], ToUpperRune)); }), {"upper"});
  ns.Add("ToLower", {kAny}, false,
         Strs([](const S& s) { return Str1(MapRunes(s[0], ToLowerRune)); }), {"lower"});
  ns.Add("HasPrefix", {kAny, kAny}, false,
         Strs([](const S& s) { return Bool(s[0].starts_with(s[1])); }), {"hasPrefix"});
  ns.Add("HasSuffix", {kAny, kAny}, false,
         Strs([](const S& s) { return Bool(s[0].ends_with(s[1])); }), {"hasSuffix"});
  ns.Add("Contains", {kAny, kAny}, false,
         Strs([](const S& s) { return Bool(s[0].find(s[1]) != std::string::npos); }));
  ns.Add("ContainsAny", {kAny, kAny}, false, Strs([](const S& s) {
           for (std::string_view r : Runes(s[1])) {
             if (s[0].find(r) != std::string::npos) return Bool(true);
           }
           return Bool(false);
         }));
  ns.Add("Count", {kAny, kAny}, false, Strs([](const S& s) {
           if (s[0].empty()) return Value::Int(static_cast<int64_t>(RuneCount(s[1])) + 1);
           int64_t n = 0;
           for (size_t p = s[1].find(s[0]); p != std::string::npos;
                p = s[1].find(s[0], p + s[0].size()))
             ++n;
           return Value::Int(n);
         }));
  // Both count what hugo's tpl.StripHTML leaves, which is .Plain's text.
  ns.Add("CountWords", {kAny}, false, Strs([](const S& s) {
           return Value::Int(markdown::WordCount(markdown::PlainText(s[0]), ContainsCjk(s[0])));
         }),
         {"countwords"});
  ns.Add("CountRunes", {kAny}, false, Strs([](const S& s) {
           const std::string plain = markdown::PlainText(s[0]);
           int64_t n = 0;
           for (size_t i = 0; i < plain.size();) {
             int w = 1;
             const char32_t r = DecodeRune(plain, i, &w);
             if (r != ' ' && r != '\t' && r != '\n' && r != '\r') ++n;  // hugo's IsWhitespace
             i += w;
           }
           return Value::Int(n);
         }),
         {"countrunes"});
  ns.Add("RuneCount", {kAny}, false,
         Strs([](const S& s) { return Value::Int(static_cast<int64_t>(RuneCount(s[0]))); }));
  ns.Add("Repeat", {kAny, kAny}, false, [](Args a) -> StatusOr<Value> {
    ASSIGN_OR_RETURN(int64_t n, ToInt(a[0]));
    ASSIGN_OR_RETURN(std::string s, Str(a[1]));
    if (n < 0) return InvalidArgumentError("strings: negative Repeat count");
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += s;
    return Value::String(std::move(out));
  });
  ns.Install(funcs);
}

}  // namespace kiln::funcs
