// Small ASCII helpers the minifiers share: CSS/HTML whitespace, trimming and case folding of
// ASCII letters only (as the minified languages define them). Pure functions; thread-safe.
#ifndef KILN_MINIFY_ASCII_H_
#define KILN_MINIFY_ASCII_H_

#include <string>
#include <string_view>

namespace kiln::minify {

// Space, tab, newline, carriage return, form feed.
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

inline std::string_view TrimAsciiSpace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline void LowerAsciiInPlace(std::string& s) {
  for (char& c : s) c = AsciiLower(c);
}

inline std::string LowerAscii(std::string_view s) {
  std::string out(s);
  LowerAsciiInPlace(out);
  return out;
}

// Whether `s` starts with `lower` (lower-case), ignoring the case of ASCII letters in `s`.
inline bool StartsWithFold(std::string_view s, std::string_view lower) {
  if (s.size() < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (AsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

// Runs of whitespace become one space, or one newline when the run held a line break.
inline std::string CollapseAsciiSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (!IsAsciiSpace(s[i])) {
      out += s[i++];
      continue;
    }
    bool newline = false;
    for (; i < s.size() && IsAsciiSpace(s[i]); ++i) newline = newline || s[i] == '\n' || s[i] == '\r';
    out += newline ? '\n' : ' ';
  }
  return out;
}

}  // namespace kiln::minify

#endif  // KILN_MINIFY_ASCII_H_
