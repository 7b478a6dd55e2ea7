#include "content/path_sanitize.h"

namespace kiln {

namespace {

constexpr char32_t kRuneError = 0xFFFD;

// Minimal UTF-8 decoding: an invalid or truncated sequence is one U+FFFD of width 1.
char32_t DecodeRune(std::string_view s, size_t i, int* width) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  *width = 1;
  if (n == 0 || i + static_cast<size_t>(n) > s.size()) return n == 1 ? c : kRuneError;
  char32_t r = n == 1 ? c : c & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    if ((cc & 0xC0) != 0x80) return kRuneError;
    r = (r << 6) | (cc & 0x3F);
  }
  *width = n;
  return r;
}

void AppendRune(std::string* out, char32_t r) {
  if (r < 0x80) {
    out->push_back(static_cast<char>(r));
  } else if (r < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (r >> 6)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else if (r < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (r >> 12)));
    out->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (r >> 18)));
    out->push_back(static_cast<char>(0x80 | ((r >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  }
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool IsUnicodeSpace(char32_t r) {
  return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0 || r == 0x1680 ||
         (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F ||
         r == 0x3000;
}

// Letters, decimal digits and marks (Go's unicode.IsLetter/IsDigit/IsMark), approximated
// for non-ASCII by excluding the punctuation, symbol and number blocks paths meet in
// practice: Latin-1 punctuation, general punctuation, arrows and symbols, CJK punctuation,
// and emoji.
bool IsWordRune(char32_t r) {
  if (r < 0x80) {
    return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9');
  }
  if (r < 0xC0) return r == 0xAA || r == 0xB5 || r == 0xBA;
  if (r == 0xD7 || r == 0xF7) return false;
  if (r >= 0x2000 && r <= 0x2BFF) return false;
  if (r >= 0x3000 && r <= 0x303F) return false;
  if (r >= 0xFE30 && r <= 0xFE4F) return false;
  if (r >= 0xFF00 && r <= 0xFF0F) return false;
  if (r >= 0x1F000 && r <= 0x1FAFF) return false;
  return r != kRuneError;
}

char32_t LowerRune(char32_t r) {
  if (r < 0x80) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
  if (r >= 0xC0 && r <= 0xDE && r != 0xD7) return r + 32;
  if (r >= 0x100 && r <= 0x137) return r | 1;
  if ((r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E)) return (r & 1) ? r + 1 : r;
  if (r >= 0x14A && r <= 0x177) return r | 1;
  if (r == 0x178) return 0xFF;
  if (r >= 0x391 && r <= 0x3AB && r != 0x3A2) return r + 32;
  if (r >= 0x410 && r <= 0x42F) return r + 32;
  if (r >= 0x400 && r <= 0x40F) return r + 80;
  return r;
}

}  // namespace

std::string SanitizePathSegment(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool was_hyphen = false;
  for (size_t i = 0; i < s.size();) {
    int width = 1;
    char32_t r = DecodeRune(s, i, &width);
    bool allowed = r == '.' || r == '/' || r == '\\' || r == '_' || r == '#' || r == '+' ||
                   r == '~' || r == '@' || IsWordRune(r) ||
                   (r == '%' && i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2]));
    if (allowed) {
      out.append(s.substr(i, static_cast<size_t>(width)));
      was_hyphen = false;
    } else if (!was_hyphen && (r == '-' || IsUnicodeSpace(r))) {
      out.push_back('-');
      was_hyphen = true;
    }
    i += static_cast<size_t>(width);
  }
  return out;
}

std::string UnicodeLower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int width = 1;
    char32_t r = DecodeRune(s, i, &width);
    if (r == kRuneError) {
      out.append(s.substr(i, static_cast<size_t>(width)));
    } else {
      AppendRune(&out, LowerRune(r));
    }
    i += static_cast<size_t>(width);
  }
  return out;
}

std::string MakeUrlPath(std::string_view s, bool keep_case) {
  std::string out = SanitizePathSegment(s);
  return keep_case ? out : UnicodeLower(out);
}

}  // namespace kiln
