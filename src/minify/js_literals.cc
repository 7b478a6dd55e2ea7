#include "minify/js_literals.h"

#include <cstdint>

#include "minify/number.h"

namespace kiln::minify {
namespace {

bool IsHex(unsigned char c) {
  return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F');
}
int HexValue(unsigned char c) {
  if (c <= '9') return c - '0';
  if (c <= 'F') return c - 'A' + 10;
  return c - 'a' + 10;
}
bool IsOctal(unsigned char c) { return '0' <= c && c <= '7'; }

// An escaped character that must stay escaped once decoded: NUL, backslash, the quote and
// line breaks, written back as an escape.
bool NeedsEscape(unsigned char v, char quote) {
  return v == 0 || v == '\\' || v == static_cast<unsigned char>(quote) || v == '\n' || v == '\r';
}
char EscapeLetter(unsigned char v) {
  return v == 0 ? '0' : v == '\n' ? 'n' : v == '\r' ? 'r' : static_cast<char>(v);
}

// Characters a regular expression needs escaped outside and inside a character class.
bool RegExpKeepsEscape(unsigned char c) {
  if (c >= 0x80) return false;
  static constexpr std::string_view kKeep = "$()*+./0123456789?BDPSW[\\]^bcdfknprstuvwx{|}";
  return kKeep.find(static_cast<char>(c)) != std::string_view::npos;
}
bool RegExpClassKeepsEscape(unsigned char c) {
  if (c >= 0x80) return false;
  static constexpr std::string_view kKeep = "0123456789DPSW\\]bcdfnprstuvwx";
  return kKeep.find(static_cast<char>(c)) != std::string_view::npos;
}

// Upstream rewrites non-decimal integers as decimal only when they fit its buffer: the number
// of input digits bounds the decimal length.
std::string RadixNumber(std::string_view b, int radix, size_t max_len) {
  if (b.size() <= 2 || b.size() > max_len) return std::string(b);
  int64_t n = 0;
  for (unsigned char c : b.substr(2)) n = n * radix + HexValue(c);
  return ShortNumber(std::to_string(n));
}

}  // namespace

std::string ReplaceJsEscapes(std::string_view text, char quote, size_t prefix, size_t suffix) {
  // Works on a copy because a decoded escape is written over its last byte and read again.
  std::string b(text);
  std::string out(b.substr(0, prefix));
  const size_t len = b.size();
  const size_t end = len - suffix;
  size_t i = prefix;
  while (i < end) {
    unsigned char c = b[i];
    if (c == '\\') {
      unsigned char e = b[i + 1];
      if (e == static_cast<unsigned char>(quote) || e == '\\' || e == 'u' ||
          (e == '0' && (i + 2 == len - 1 || !IsOctal(b[i + 2]))) ||
          (quote != '`' && (e == 'n' || e == 'r'))) {
        out += b[i];
        out += b[i + 1];
        i += 2;
        continue;
      }
      size_t n = 1;
      if (e == '\n' || e == '\r' ||
          (e == 0xE2 && i + 3 < len - 1 && static_cast<unsigned char>(b[i + 2]) == 0x80 &&
           (static_cast<unsigned char>(b[i + 3]) == 0xA8 ||
            static_cast<unsigned char>(b[i + 3]) == 0xA9))) {
        // a line continuation disappears
        if (e == 0xE2) {
          n = 4;
        } else if (e == '\r' && i + 2 < len - 1 && b[i + 2] == '\n') {
          n = 3;
        } else {
          n = 2;
        }
      } else if (e == 'x') {
        if (i + 3 < len - 1 && IsHex(b[i + 2]) && b[i + 2] < '8' && IsHex(b[i + 3])) {
          unsigned char v =
              static_cast<unsigned char>(HexValue(b[i + 2]) * 16 + HexValue(b[i + 3]));
          b[i + 3] = static_cast<char>(v);
          n = 3;
          if (NeedsEscape(v, quote)) {
            b[i + 3] = EscapeLetter(v);
            n = 2;
            b[i + 2] = '\\';
          }
        } else {
          out += b[i];
          out += b[i + 1];
          i += 2;
          continue;
        }
      } else if (IsOctal(e)) {
        unsigned num = e - '0';
        if (i + 2 < len - 1 && IsOctal(b[i + 2])) {
          num = num * 8 + (b[i + 2] - '0');
          ++n;
          if (num < 32 && i + 3 < len - 1 && IsOctal(b[i + 3])) {
            num = num * 8 + (b[i + 3] - '0');
            ++n;
          }
        }
        b[i + n] = static_cast<char>(num);
        if (NeedsEscape(static_cast<unsigned char>(num), quote)) {
          b[i + n] = EscapeLetter(static_cast<unsigned char>(num));
          --n;
          b[i + n] = '\\';
        }
      } else if (e == 'n') {
        b[i + 1] = '\n';  // only reached in template literals
      } else if (e == 'r') {
        b[i + 1] = '\r';
      } else if (e == 't') {
        b[i + 1] = '\t';
      } else if (e == 'f') {
        b[i + 1] = '\f';
      } else if (e == 'v') {
        b[i + 1] = '\v';
      } else if (e == 'b') {
        b[i + 1] = '\b';
      }
      i += n;  // the escape's first n bytes go; what is left is read again
      continue;
    }
    if (c == static_cast<unsigned char>(quote) ||
        (c == '$' && quote == '`' &&
         ((i + 1 < len && b[i + 1] == '{') ||
          (i + 2 < len && b[i + 1] == '\\' && b[i + 2] == '{')))) {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (c == '<' && i + 9 <= len - 1) {
      if (b[i + 1] == '\\' && i + 10 <= len - 1 && b.compare(i + 2, 8, "/script>") == 0) {
        out.append(b, i, 10);
        i += 10;
        continue;
      }
      if (b.compare(i + 1, 8, "/script>") == 0) {
        out += "<\\/";
        i += 2;
        continue;
      }
    }
    out += static_cast<char>(c);
    ++i;
  }
  out.append(b, end, std::string::npos);
  return out;
}

std::string MinifyJsString(std::string_view b, bool allow_template) {
  if (b.size() < 3) return "\"\"";
  int single_quotes = 0, double_quotes = 0, backticks = 0, newlines = 0, dollars = 0;
  bool not_escapes = false;
  for (size_t i = 1; i + 1 < b.size(); ++i) {
    char c = b[i];
    if (c == '\'') {
      ++single_quotes;
    } else if (c == '"') {
      ++double_quotes;
    } else if (c == '`') {
      ++backticks;
    } else if (c == '$') {
      ++dollars;
    } else if (c == '\\' && i + 1 < b.size()) {
      char e = b[i + 1];
      if (e == 'n' || e == 'r') {
        ++newlines;
      } else if (('1' <= e && e <= '9') ||
                 (e == '0' && i + 2 < b.size() && '0' <= b[i + 2] && b[i + 2] <= '9')) {
        not_escapes = true;
      }
    }
  }
  char quote = '"';  // upstream's default, better for gzip
  int quotes = single_quotes;
  if (double_quotes < single_quotes) {
    quotes = double_quotes;
  } else if (single_quotes < double_quotes) {
    quote = '\'';
  }
  if (allow_template && !not_escapes && backticks + dollars < quotes + newlines) quote = '`';
  std::string s(b);
  s.front() = quote;
  s.back() = quote;
  return ReplaceJsEscapes(s, quote, 1, 1);
}

std::string MinifyJsRegExp(std::string_view literal) {
  std::string b(literal);
  bool in_class = false;
  int after_dash = 0;
  size_t class_start = 0;
  for (size_t i = 1; i + 1 < b.size(); ++i) {
    if (in_class) ++after_dash;
    if (b[i] == '\\') {
      unsigned char c = b[i + 1];
      bool escape;
      if (in_class) {
        escape = RegExpClassKeepsEscape(c) ||
                 (c == '-' && 2 < after_dash && i + 2 < b.size() && b[i + 2] != ']') ||
                 (c == '^' && i == class_start + 1);
      } else {
        escape = RegExpKeepsEscape(c);
      }
      if (!escape) {
        b.erase(i, 1);
        if (in_class && 2 < after_dash && c == '-') {
          after_dash = 0;
        } else if (in_class && c == '^') {
          after_dash = 1;
        }
      } else {
        ++i;
      }
    } else if (b[i] == '[') {
      if (b[i + 1] == '^') ++i;
      after_dash = 1;
      in_class = true;
      class_start = i;
    } else if (in_class && b[i] == ']') {
      in_class = false;
    } else if (b[i] == '/') {
      break;
    } else if (in_class && 2 < after_dash && b[i] == '-') {
      after_dash = 0;
    }
  }
  return b;
}

std::string MinifyJsNumber(JsLit lit, std::string_view literal) {
  std::string b;
  for (char c : literal) {
    if (c != '_') b += c;
  }
  switch (lit) {
    case JsLit::kDecimal:
      return ShortNumber(b);
    case JsLit::kBinary:
      return RadixNumber(b, 2, 65);
    case JsLit::kOctal:
      return RadixNumber(b, 8, 23);
    case JsLit::kHexadecimal:
      if (b.size() == 12 && (('D' < b[2] && b[2] <= 'F') || 'd' < b[2])) return b;
      return RadixNumber(b, 16, 12);
    default:
      return b;
  }
}

bool IsJsIdentifierName(std::string_view s) {
  if (s.empty()) return false;
  auto start = [](unsigned char c) {
    return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c == '$' || c == '_';
  };
  if (!start(s[0])) return false;
  for (unsigned char c : s.substr(1)) {
    if (!start(c) && !('0' <= c && c <= '9')) return false;
  }
  return true;
}

bool IsJsDecimalLiteral(std::string_view s) {
  if (s.empty() || ((s[0] < '0' || s[0] > '9') && (s[0] != '.' || s.size() == 1))) return false;
  if (s[0] == '0') return s.size() == 1;
  size_t i = 1;
  while (i < s.size() && '0' <= s[i] && s[i] <= '9') ++i;
  if (i < s.size() && s[i] == '.' && s[0] != '.') {
    ++i;
    while (i < s.size() && '0' <= s[i] && s[i] <= '9') ++i;
  }
  return i == s.size();
}

}  // namespace kiln::minify
