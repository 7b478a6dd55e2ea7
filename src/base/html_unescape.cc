#include "base/html_unescape.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "base/hex.h"
#include "base/utf8.h"

namespace kiln {

namespace {

struct Entity {
  std::string_view name;  // as written after '&', with its ';' if it needs one
  std::string_view text;
};

constexpr Entity kEntities[] = {
#include "base/html_entities.inc"
};

// The longest legacy name HTML accepts without a ';' ("approx" is never bare, "middot" is).
constexpr size_t kLongestBareName = 6;

// What numeric references 0x80-0x9F mean: the Windows-1252 characters at those codes, as
// the HTML parsing spec maps them (the five codes 1252 leaves unassigned stay as they are).
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

const Entity* Find(std::string_view name) {
  const Entity* it =
      std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                       [](const Entity& e, std::string_view n) { return e.name < n; });
  return it != std::end(kEntities) && it->name == name ? it : nullptr;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Decodes the reference at the start of `s` (s[0] == '&') onto *out; returns the bytes read.
size_t DecodeNumeric(std::string_view s, std::string* out) {
  // At least "&#" and two more bytes, else the '&' is plain text.
  if (s.size() <= 3) {
    out->push_back('&');
    return 1;
  }
  size_t i = 2;
  bool hex = s[i] == 'x' || s[i] == 'X';
  if (hex) ++i;
  // 32-bit arithmetic that wraps, as the reference decoder Hugo runs does.
  uint32_t x = 0;
  for (; i < s.size(); ++i) {
    int d = hex ? HexDigitValue(s[i]) : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
    if (d < 0) break;
    x = x * (hex ? 16 : 10) + static_cast<uint32_t>(d);
  }
  if (i < s.size() && s[i] == ';') ++i;
  // "&#x;" counts as read (and decodes to U+FFFD); "&#;" and "&#xZ" do not.
  if (i <= 3) {
    out->push_back('&');
    return 1;
  }
  int32_t r = static_cast<int32_t>(x);
  if (r >= 0x80 && r <= 0x9F) {
    AppendRune(out, kWindows1252[r - 0x80]);
  } else if (r <= 0 || (r >= 0xD800 && r <= 0xDFFF) || r > 0x10FFFF) {
    AppendRune(out, kRuneError);
  } else {
    AppendRune(out, static_cast<char32_t>(r));
  }
  return i;
}

size_t DecodeNamed(std::string_view s, std::string* out) {
  size_t i = 1;
  while (i < s.size() && IsAsciiAlnum(s[i])) ++i;
  if (i < s.size() && s[i] == ';') ++i;
  std::string_view name = s.substr(1, i - 1);
  if (!name.empty()) {
    if (const Entity* e = Find(name)) {
      out->append(e->text);
      return i;
    }
    // A legacy bare name may start a longer unknown one: "&notit;" is "¬it;".
    for (size_t n = std::min(name.size() - 1, kLongestBareName); n > 1; --n) {
      if (const Entity* e = Find(name.substr(0, n))) {
        out->append(e->text);
        return 1 + n;
      }
    }
  }
  out->append(s.substr(0, i));
  return i;
}

}  // namespace

std::string UnescapeHtml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(s.substr(i, amp - i));
    std::string_view rest = s.substr(amp);
    if (rest.size() > 1 && rest[1] == '#') {
      i = amp + DecodeNumeric(rest, &out);
    } else if (rest.size() > 1) {
      i = amp + DecodeNamed(rest, &out);
    } else {
      out.push_back('&');
      i = amp + 1;
    }
  }
  out.append(s.substr(i));
  return out;
}

}  // namespace kiln
