#include "content/path_sanitize.h"

#include "base/hex.h"
#include "base/unicode_case.h"
#include "base/utf8.h"

namespace kiln {

namespace {

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

}  // namespace

std::string SanitizePathSegment(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  // Whitespace becomes a hyphen only between kept characters, and not next to a hyphen
  // already there; hyphens written in the text are all kept.
  bool space_pending = false;
  bool kept_hyphen = false;
  for (size_t i = 0; i < s.size();) {
    int width = 1;
    char32_t r = DecodeRune(s, i, &width);
    bool allowed = r == '.' || r == '/' || r == '\\' || r == '_' || r == '#' || r == '+' ||
                   r == '~' || r == '@' || r == '-' || IsWordRune(r) ||
                   (r == '%' && i + 2 < s.size() && IsHexDigit(s[i + 1]) && IsHexDigit(s[i + 2]));
    if (allowed) {
      if (space_pending && r != '-') out.push_back('-');
      space_pending = false;
      out.append(s.substr(i, static_cast<size_t>(width)));
      kept_hyphen = r == '-';
    } else if (!out.empty() && !kept_hyphen && IsSpaceRune(r)) {
      space_pending = true;
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
      AppendRune(&out, ToLowerRune(r));
    }
    i += static_cast<size_t>(width);
  }
  return out;
}

std::string MakeUrlPathSegment(std::string_view s, bool keep_case) {
  std::string out = MakeUrlPath(std::string(s) + "/", keep_case);
  out.pop_back();
  return out;
}

std::string MakeUrlPath(std::string_view s, bool keep_case) {
  std::string out = SanitizePathSegment(s);
  return keep_case ? out : UnicodeLower(out);
}

}  // namespace kiln
