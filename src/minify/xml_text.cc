#include "minify/xml_text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "base/hex.h"
#include "minify/ascii.h"

namespace kiln::minify {
namespace {

bool IsNewline(char c) { return c == '\n' || c == '\r'; }

// Go's copy(b[to:], b[from:until]) on a buffer of length len.
size_t CopyWithin(char* b, size_t len, size_t to, size_t from, size_t until) {
  if (until <= from || to >= len) return 0;
  size_t n = std::min(len - to, until - from);
  std::memmove(b + to, b + from, n);
  return n;
}

std::string_view EntityValue(std::string_view name) {
  if (name == "apos") return "'";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  return {};
}

// In text, "<" and "&" must stay escaped.
std::string_view TextEscape(char c) {
  if (c == '<') return "&lt;";
  if (c == '&') return "&amp;";
  return {};
}

// Rewrites the reference starting at b[i] == '&' in place (shrinking *len) and returns the
// index of its last byte, from which scanning goes on.
size_t ReplaceEntityAt(char* b, size_t* len, size_t i, bool in_text) {
  const size_t kMaxEntityLength = 31;
  size_t n_len = *len;
  std::string r;
  size_t j = i + 1;
  if (b[j] == '#') {
    ++j;
    if (b[j] == 'x') {
      ++j;
      uint64_t c = 0;  // wraps like upstream's int on absurd inputs
      for (; j < n_len && IsHexDigit(b[j]); ++j) c = (c << 4) + HexDigitValue(b[j]);
      int64_t value = static_cast<int64_t>(c);
      if (j <= i + 3 || 10000 <= value) return j - 1;
      if (value < 128) {
        r = std::string(1, static_cast<char>(value));
      } else {
        r = "&#" + std::to_string(value) + ";";
      }
    } else {
      int c = 0;
      for (; j < n_len && c < 128 && b[j] >= '0' && b[j] <= '9'; ++j) c = c * 10 + (b[j] - '0');
      if (j <= i + 2 || 128 <= c) return j - 1;
      r = std::string(1, static_cast<char>(c));
    }
  } else {
    for (; j < n_len && j - i - 1 <= kMaxEntityLength && b[j] != ';'; ++j) {
    }
    if (j <= i + 1 || n_len <= j) return j - 1;
    std::string_view value = EntityValue(std::string_view(b + i + 1, j - i - 1));
    if (value.empty()) return j;
    r = std::string(value);
  }
  size_t n = j + 1 - i;
  if (j < n_len && b[j] == ';' && 2 < n) {
    if (r.size() == 1) {
      std::string_view escaped = in_text ? TextEscape(r[0]) : std::string_view();
      if (!escaped.empty()) {
        if (escaped == std::string_view(b + i, j + 1 - i)) return j;
        r = std::string(escaped);
      } else if (r[0] == '&') {
        // A bare "&" followed by a name character would start another reference.
        size_t k = j + 1;
        if (k < n_len && ((b[k] >= '0' && b[k] <= '9') || (b[k] >= 'a' && b[k] <= 'z') ||
                          (b[k] >= 'A' && b[k] <= 'Z') || b[k] == '#')) {
          return k;
        }
      }
    }
    std::memcpy(b + i, r.data(), std::min(r.size(), n_len - i));
    CopyWithin(b, n_len, i + r.size(), j + 1, n_len);
    *len = n_len - n + r.size();
    return i + r.size() - 1;
  }
  return i;
}

}  // namespace

XmlRange CollapseXmlText(char* b, size_t len, bool keep_escapes) {
  size_t j = 0;  // write position
  size_t k = 0;  // start of the next section still to move
  for (size_t i = 0; i < len; ++i) {
    if (IsAsciiSpace(b[i])) {
      size_t start = i;
      bool newline = IsNewline(b[i]);
      for (++i; i < len && IsAsciiSpace(b[i]); ++i) newline = newline || IsNewline(b[i]);
      b[start] = newline ? '\n' : ' ';
      if (i - start > 1) {
        if (j == 0) {
          j = start + 1;
        } else {
          j += CopyWithin(b, len, j, k, start + 1);
        }
        k = i;
      }
    }
    if (i + 3 < len && b[i] == '&') i = ReplaceEntityAt(b, &len, i, keep_escapes);
  }
  if (j == 0) return {0, len};
  if (j == 1) {  // the text started with the only collapsed run
    b[k - 1] = b[0];
    return {k - 1, len - (k - 1)};
  }
  if (k < len) j += CopyWithin(b, len, j, k, len);
  return {0, j};
}

XmlRange ReplaceXmlEntities(char* b, size_t len) {
  for (size_t i = 0; i < len; ++i) {
    if (b[i] == '&' && i + 3 < len) i = ReplaceEntityAt(b, &len, i, false);
  }
  return {0, len};
}

std::string QuoteXmlAttr(std::string_view value) {
  size_t singles = 0;
  size_t doubles = 0;
  for (char c : value) {
    if (c == '"') ++doubles;
    if (c == '\'') ++singles;
  }
  char quote = doubles > singles ? '\'' : '"';
  std::string_view escaped = doubles > singles ? "&#39;" : "&#34;";
  std::string out(1, quote);
  for (char c : value) {
    if (c == quote) {
      out += escaped;
    } else {
      out += c;
    }
  }
  out += quote;
  return out;
}

bool CdataAsText(std::string_view content, std::string* text) {
  size_t extra = 0;
  for (char c : content) {
    if (c == '<' || c == '&') {
      extra += c == '<' ? 3 : 4;
      if (extra > std::string_view("<![CDATA[]]>").size()) return false;
    }
  }
  text->clear();
  for (char c : content) {
    if (c == '<') {
      *text += "&lt;";
    } else if (c == '&') {
      *text += "&amp;";
    } else {
      *text += c;
    }
  }
  return true;
}

}  // namespace kiln::minify
