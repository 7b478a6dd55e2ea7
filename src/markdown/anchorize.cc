#include "markdown/anchorize.h"

#include <algorithm>
#include <array>

#include "base/unicode_case.h"
#include "markdown/unicode.h"

namespace kiln::markdown {
namespace {

// Latin letters with diacritics (U+00C0–U+017F) and their base letter, for github-ascii, which
// removes accents before dropping non-ASCII. 0 marks letters with no ASCII base.
constexpr char kLatinBase[] =
    "AAAAAA\0CEEEEIIII"  // U+00C0
    "\0NOOOOO\0\0UUUUY\0\0"  // U+00D0
    "aaaaaa\0ceeeeiiii"  // U+00E0
    "\0nooooo\0\0uuuuy\0y"  // U+00F0
    "AaAaAaCcCcCcCcDd"  // U+0100
    "\0\0EeEeEeEeEeGgGg"  // U+0110
    "GgGgHh\0\0IiIiIiIi"  // U+0120
    "I\0\0\0JjKk\0LlLlLl\0"  // U+0130
    "\0\0\0NnNnNn\0\0\0OoOo"  // U+0140
    "Oo\0\0RrRrRrSsSsSs"  // U+0150
    "SsTtTt\0\0UuUuUuUu"  // U+0160
    "UuUuWwYyYZzZzZz\0";  // U+0170

char32_t RemoveAccent(char32_t r) {
  if (r < 0xC0 || r > 0x17F) return r;
  char base = kLatinBase[r - 0xC0];
  return base == 0 ? r : static_cast<char32_t>(base);
}

std::string Blackfriday(std::string_view text) {
  std::string out;
  bool dash = false;
  for (size_t i = 0; i < text.size();) {
    int size = 0;
    char32_t r = DecodeRune(text, i, &size);
    i += size;
    if (IsLetter(r) || IsNumber(r)) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      AppendRune(&out, ToLowerRune(r));
    } else {
      dash = true;
    }
  }
  return out;
}

}  // namespace

bool ParseHeadingIdType(std::string_view name, HeadingIdType* type) {
  if (name == "github") {
    *type = HeadingIdType::kGithub;
  } else if (name == "github-ascii") {
    *type = HeadingIdType::kGithubAscii;
  } else if (name == "blackfriday") {
    *type = HeadingIdType::kBlackfriday;
  } else {
    return false;
  }
  return true;
}

// What the github types make of each ASCII byte: '-' for space, tab and '-', letters
// lower-cased, digits and '_' kept, 0 for the bytes they drop.
constexpr std::array<char, 128> MakeAsciiAnchor() {
  std::array<char, 128> t{};
  t[' '] = t['\t'] = t['-'] = '-';
  t['_'] = '_';
  for (char c = '0'; c <= '9'; ++c) t[c] = c;
  for (char c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = c;
  return t;
}
constexpr auto kAsciiAnchor = MakeAsciiAnchor();

std::string Anchorize(std::string_view text, HeadingIdType type) {
  if (type == HeadingIdType::kBlackfriday) return Blackfriday(text);
  const bool ascii_only = type == HeadingIdType::kGithubAscii;
  // Hugo trims the text first (Unicode spaces, whole runes): " a  b " is "a--b", with no
  // hyphen at either end, and "Voilà" keeps its last byte.
  text = TrimSpaceRunes(text);
  // ASCII, nearly every byte of a heading, is written in place without decoding, up to the
  // first other byte; lower-casing past it may change lengths, so the rest is appended.
  std::string out(text.size(), '\0');
  size_t n = 0, i = 0;
  for (; i < text.size() && static_cast<unsigned char>(text[i]) < 0x80; ++i) {
    if (const char a = kAsciiAnchor[static_cast<unsigned char>(text[i])]; a != 0) out[n++] = a;
  }
  out.resize(n);
  while (i < text.size()) {
    if (const unsigned char c = text[i]; c < 0x80) {
      if (kAsciiAnchor[c] != 0) out.push_back(kAsciiAnchor[c]);
      ++i;
      continue;
    }
    int size = 0;
    char32_t r = DecodeRune(text, i, &size);
    i += size;
    if (ascii_only) {
      r = RemoveAccent(r);
      if (r >= 0x80) continue;
    }
    if (r == '-' || r == ' ' || r == '\t') {
      out.push_back('-');
    } else if (r == '_' || IsLetter(r) || IsDigit(r)) {
      AppendRune(&out, ToLowerRune(r));
    }
  }
  return out;
}

std::string HeadingIdFactory::Generate(std::string_view text) {
  std::string id = Anchorize(text, type_);
  if (id.empty()) id = "heading";
  if (used_.insert(id).second) return id;
  int& n = next_suffix_[id];
  for (n = std::max(n, 1);; ++n) {
    std::string candidate = id + "-" + std::to_string(n);
    if (used_.insert(candidate).second) return candidate;
  }
}

}  // namespace kiln::markdown
