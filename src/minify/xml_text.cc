#include "minify/xml_text.h"

#include <algorithm>
#include <cstring>

#include "minify/ascii.h"
#include "minify/entity_ref.h"

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
  const size_t n_len = *len;
  EntityRef ref = ScanEntityRef(std::string_view(b, n_len), i, EntityValue);
  if (ref.value.empty()) return ref.last;
  const size_t j = ref.last;
  std::string& r = ref.value;
  size_t n = j + 1 - i;
  if (j < n_len && b[j] == ';' && 2 < n) {
    if (r.size() == 1) {
      std::string_view escaped = in_text ? TextEscape(r[0]) : std::string_view();
      if (!escaped.empty()) {
        if (escaped == std::string_view(b + i, j + 1 - i)) return j;
        r = std::string(escaped);
      } else if (r[0] == '&') {
        // A bare "&" followed by a name character would start another reference.
        if (size_t k = j + 1; k < n_len && ContinuesReference(b[k])) return k;
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
