#include "markdown/html_escape.h"

#include <array>
#include <cstdint>

#include "base/hex.h"
#include "markdown/byte_scan.h"
#include "markdown/unicode.h"

// md4c-html exports its HTML5 entity table; declared here because md4c-html.h does not.
extern "C" {
struct entity {
  const char* name;
  unsigned codepoints[2];
};
const struct entity* entity_lookup(const char* name, size_t name_size);
}

namespace kiln::markdown {
namespace {

constexpr std::array<const char*, 256> MakeHtmlTable() {
  std::array<const char*, 256> t{};
  t['&'] = "&amp;";
  t['<'] = "&lt;";
  t['>'] = "&gt;";
  t['"'] = "&quot;";
  return t;
}
constexpr auto kHtmlTable = MakeHtmlTable();

constexpr std::array<const char*, 256> MakeGoHtmlTable() {
  std::array<const char*, 256> t{};
  t['&'] = "&amp;";
  t['\''] = "&#39;";
  t['<'] = "&lt;";
  t['>'] = "&gt;";
  t['"'] = "&#34;";
  return t;
}
constexpr auto kGoHtmlTable = MakeGoHtmlTable();

const ByteSet<4> kHtmlSpecial("&<>\"");
const ByteSet<5> kGoHtmlSpecial("&'<>\"");

template <size_t N>
void AppendEscaped(std::string_view text, const std::array<const char*, 256>& table,
                   const ByteSet<N>& special, std::string* out) {
  const char* const end = text.data() + text.size();
  const char* clean = text.data();
  for (const char* p = special.Find(clean, end, text.data()); p != end;
       p = special.Find(p + 1, end, text.data())) {
    out->append(clean, p - clean);
    out->append(table[static_cast<unsigned char>(*p)]);
    clean = p + 1;
  }
  out->append(clean, end - clean);
}

// 1 for the bytes goldmark's URLEscape keeps as they are.
constexpr std::array<uint8_t, 256> MakeUrlSafe() {
  std::array<uint8_t, 256> t{};
  for (const char* p =
           "!#$&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
           "abcdefghijklmnopqrstuvwxyz~";
       *p; ++p) {
    t[static_cast<unsigned char>(*p)] = 1;
  }
  return t;
}
constexpr auto kUrlSafe = MakeUrlSafe();

}  // namespace

void AppendEscapedHtml(std::string_view text, std::string* out) {
  AppendEscaped(text, kHtmlTable, kHtmlSpecial, out);
}

void AppendEscapedHtmlGo(std::string_view text, std::string* out) {
  AppendEscaped(text, kGoHtmlTable, kGoHtmlSpecial, out);
}

void AppendEscapedUrl(std::string_view url, std::string* out) {
  const size_t n = url.size();
  size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(url[i]);
    if (kUrlSafe[c]) {
      size_t j = i + 1;
      while (j < n && kUrlSafe[static_cast<unsigned char>(url[j])]) ++j;
      out->append(url.data() + i, j - i);
      i = j;
      continue;
    }
    // goldmark tests the first hex digit twice; the second may be anything.
    if (c == '%' && i + 2 < n && IsHexDigit(url[i + 1])) {
      out->append(url.data() + i, 3);
      i += 3;
      continue;
    }
    if (c == ' ') {
      out->append("%20");
      ++i;
      continue;
    }
    int len = c < 0x80 ? 1 : c >= 0xF8 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0) {  // a stray continuation or invalid lead byte is kept as it is
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (i + len > n) {  // truncated sequence: goldmark drops the lead byte
      ++i;
      continue;
    }
    for (int k = 0; k < len; ++k) AppendPercentEscape(static_cast<unsigned char>(url[i + k]), out);
    i += len;
  }
}

bool IsDangerousUrl(std::string_view url) {
  auto starts = [&](std::string_view p) { return url.substr(0, p.size()) == p; };
  if (starts("data:image/") && url.size() >= 11) {
    std::string_view v = url.substr(11);
    for (std::string_view ok : {"png;", "gif;", "jpeg;", "webp;", "svg+xml;"}) {
      if (v.substr(0, ok.size()) == ok) return false;
    }
    return true;
  }
  return starts("javascript:") || starts("vbscript:") || starts("file:") || starts("data:");
}

bool AppendDecodedEntity(std::string_view entity, std::string* out) {
  if (entity.size() >= 3 && entity[1] == '#') {
    uint32_t value = 0;
    bool hex = entity[2] == 'x' || entity[2] == 'X';
    for (size_t i = hex ? 3 : 2; i + 1 < entity.size(); ++i) {
      char c = entity[i];
      uint32_t digit = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) - 'a' + 10;
      value = value * (hex ? 16 : 10) + digit;
      if (value > 0x10FFFF) value = 0x110000;  // saturate; invalid below
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
    AppendRune(out, value);
    return true;
  }
  const struct entity* e = entity_lookup(entity.data(), entity.size());
  if (e == nullptr) return false;
  AppendRune(out, e->codepoints[0]);
  if (e->codepoints[1] != 0) AppendRune(out, e->codepoints[1]);
  return true;
}

}  // namespace kiln::markdown
