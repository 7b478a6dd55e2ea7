#include "markdown/unicode.h"

#include <locale.h>
#include <wctype.h>

namespace kiln::markdown {
namespace {

// The C.UTF-8 locale object is created once and only read afterwards (uselocale is never
// called), so sharing it between threads is safe.
locale_t Utf8Locale() {
  static const locale_t locale = newlocale(LC_ALL_MASK, "C.UTF-8", static_cast<locale_t>(0));
  return locale;
}

}  // namespace

char32_t DecodeLastRune(std::string_view s, size_t end) {
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  int size = 0;
  char32_t r = DecodeRune(s, start, &size);
  return start + size == end ? r : kRuneError;
}

bool IsLetter(char32_t r) {
  if (r < 0x80) return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
  return iswalpha_l(static_cast<wint_t>(r), Utf8Locale()) != 0;
}

bool IsDigit(char32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return iswalnum_l(static_cast<wint_t>(r), Utf8Locale()) != 0 && !IsLetter(r);
}

bool IsNumber(char32_t r) { return IsDigit(r); }

bool IsPunct(char32_t r) {
  if (r < 0x80) {
    // Go's P* classes among ASCII: everything printable that is not a letter, digit, space or
    // one of the symbols $ + < = > ^ ` | ~.
    switch (r) {
      case '$': case '+': case '<': case '=': case '>': case '^': case '`': case '|': case '~':
        return false;
      default:
        return r > ' ' && r < 0x7F && !IsLetter(r) && !IsDigit(r);
    }
  }
  return iswpunct_l(static_cast<wint_t>(r), Utf8Locale()) != 0;
}

bool IsMarkdownPunct(char32_t r) {
  if (r < 0x80) return r > ' ' && r < 0x7F && !IsLetter(r) && !IsDigit(r);
  return IsPunct(r);
}

}  // namespace kiln::markdown
