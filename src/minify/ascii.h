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

}  // namespace kiln::minify

#endif  // KILN_MINIFY_ASCII_H_
