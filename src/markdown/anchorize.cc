#include "markdown/anchorize.h"

#include <algorithm>

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
      AppendRune(&out, ToLower(r));
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

std::string Anchorize(std::string_view text, HeadingIdType type) {
  if (type == HeadingIdType::kBlackfriday) return Blackfriday(text);
  const bool ascii_only = type == HeadingIdType::kGithubAscii;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    // ASCII, nearly every byte of a heading, is classed here without decoding.
    if (const char c = text[i]; static_cast<unsigned char>(c) < 0x80) {
      ++i;
      if (c == '-' || c == ' ' || c == '\t') {
        out.push_back('-');
      } else if (c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
        out.push_back(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.push_back(static_cast<char>(c | 0x20));
      }
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
      AppendRune(&out, ToLower(r));
    }
  }
  return out;
}

std::string HeadingIdFactory::Generate(std::string_view text) {
  while (!text.empty() && IsSpace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && IsSpace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
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
