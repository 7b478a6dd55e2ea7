#include "minify/parse_error.h"

#include <string>

#include "base/utf8.h"

namespace kiln::minify {
namespace {

// Go's unicode.IsGraphic: printable runes plus the space separators.
bool IsGraphic(char32_t r) {
  bool space = r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F ||
               r == 0x205F || r == 0x3000;
  return space || IsPrintRune(r);
}

// The byte length of the rune led by s[i] as the parser's lenient peek measures it (no
// validation, cut short by a zero byte or the end).
size_t LenientRuneLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  unsigned char c = at(i);
  if (c < 0xC0 || at(i + 1) == 0) return 1;
  if (c < 0xE0 || at(i + 2) == 0) return 2;
  if (c < 0xF0 || at(i + 3) == 0) return 3;
  return 4;
}

std::u32string Runes(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    int width;
    out += DecodeRune(s, i, &width);
    i += width;
  }
  return out;
}

}  // namespace

Status ParseError(std::string_view input, size_t offset, std::string_view message) {
  int line = 1;
  size_t line_start = 0;
  size_t pos = 0;
  while (pos < offset && pos < input.size()) {
    unsigned char c = static_cast<unsigned char>(input[pos]);
    size_t n = 1;
    bool newline = false;
    if (c == '\n') {
      newline = true;
    } else if (c == '\r') {
      newline = true;
      if (pos + 1 < input.size() && input[pos + 1] == '\n') n = 2;
    } else if (c >= 0xC0) {
      n = LenientRuneLength(input, pos);
      int width;
      char32_t r = DecodeRune(input, pos, &width);
      newline = n == 3 && width == 3 && (r == 0x2028 || r == 0x2029);
    }
    if (n > 1 && offset < pos + n) break;
    pos += n;
    if (newline) {
      ++line;
      line_start = pos;
    }
  }
  std::string_view before = input.substr(line_start, pos - line_start);
  const long col = static_cast<long>(RuneCount(before)) + 1;
  long caret = col;

  size_t line_end = line_start;
  while (line_end < input.size() && input[line_end] != '\n' && input[line_end] != '\r') ++line_end;
  std::u32string rs = Runes(input.substr(line_start, line_end - line_start));
  const long limit = 60;
  const long margin = 20;
  std::string front;
  std::string rear;
  long n = static_cast<long>(rs.size());
  if (limit < n) {
    if (caret <= limit - margin) {
      rear = "...";
      rs = rs.substr(0, limit - 3);
    } else if (caret >= n - margin - 3) {
      front = "...";
      caret -= n - margin - margin - 7;
      rs = rs.substr(n - margin - margin - 4);
    } else {
      front = "...";
      rear = "...";
      rs = rs.substr(caret - margin - 1, 2 * margin + 1);
      caret = margin + 4;
    }
  }
  std::string shown;
  for (char32_t r : rs) AppendRune(&shown, IsGraphic(r) ? r : U'·');
  std::string number = std::to_string(line);
  std::string text(message);
  text += " on line " + number + " and column " + std::to_string(col) + "\n";
  text += std::string(number.size() < 5 ? 5 - number.size() : 0, ' ') + number + ": ";
  text += front + shown + rear + "\n";
  text += std::string(6 + caret, ' ') + "^";
  return InvalidArgumentError(std::move(text));
}

}  // namespace kiln::minify
