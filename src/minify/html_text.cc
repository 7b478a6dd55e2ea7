#include "minify/html_text.h"

#include <algorithm>
#include <iterator>

#include "minify/entity_ref.h"

namespace kiln::minify {
namespace {

struct EntityRow {
  std::string_view name;
  std::string_view shortest;
};

constexpr EntityRow kShortestEntities[] = {
#include "minify/html_entities.inc"
};

std::string_view ShortestEntity(std::string_view name) {
  const EntityRow* end = std::end(kShortestEntities);
  const EntityRow* it =
      std::lower_bound(std::begin(kShortestEntities), end, name,
                       [](const EntityRow& row, std::string_view n) { return row.name < n; });
  if (it == end || it->name != name) return {};
  return it->shortest;
}

bool IsNewline(char c) { return c == '\n' || c == '\r'; }

// Whether a value needs quotes: whitespace, quotes, "<", "=", ">" and "`".
bool NeedsQuote(char c) {
  switch (c) {
    case '\t':
    case '\n':
    case '\f':
    case '\r':
    case ' ':
    case '"':
    case '\'':
    case '<':
    case '=':
    case '>':
    case '`':
      return true;
    default:
      return false;
  }
}

// Respells the reference starting with the "&" at b[i] (i + 3 < b.size()) and returns the
// index of the last byte the caller's scan may skip to. Names are looked up only up to 31
// bytes and up to a ";"; what was scanned but not replaced is skipped all the same, as
// hugo's minifier does.
size_t ReplaceEntityAt(std::string& b, size_t i, bool keep_lt) {
  EntityRef ref = ScanEntityRef(b, i, ShortestEntity);
  if (ref.value.empty()) return ref.last;
  const size_t n = b.size();
  const size_t j = ref.last;
  std::string& r = ref.value;
  size_t len = j + 1 - i;
  if (j < n && b[j] == ';' && 2 < len) {
    if (r.size() == 1) {
      if (keep_lt && r[0] == '<') {
        if (std::string_view(b).substr(i, len) == "&lt;") return j;
        r = "&lt;";
      } else if (r[0] == '&') {
        // "&amp;" stays when what follows could be read as another reference.
        if (size_t k = j + 1; k < n && ContinuesReference(b[k])) return k;
      }
    }
    b.replace(i, len, r);
    return i + r.size() - 1;
  }
  return i;
}

}  // namespace

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAllHtmlSpace(std::string_view s) { return std::all_of(s.begin(), s.end(), IsHtmlSpace); }

std::string_view TrimHtmlSpace(std::string_view s) {
  size_t start = 0;
  while (start < s.size() && IsHtmlSpace(s[start])) ++start;
  size_t end = s.size();
  while (end > start && IsHtmlSpace(s[end - 1])) --end;
  return s.substr(start, end - start);
}

std::string CollapseWhitespaceAndEntities(std::string b, bool keep_lt) {
  // j is where collapsed output continues, k where the next uncopied stretch starts; both
  // stay 0 until a run longer than one byte needs shortening.
  size_t j = 0;
  size_t k = 0;
  for (size_t i = 0; i < b.size(); ++i) {
    if (IsHtmlSpace(b[i])) {
      size_t start = i;
      bool newline = IsNewline(b[i]);
      for (++i; i < b.size() && IsHtmlSpace(b[i]); ++i) {
        newline = newline || IsNewline(b[i]);
      }
      b[start] = newline ? '\n' : ' ';
      if (1 < i - start) {
        if (j == 0) {
          j = start + 1;
        } else {
          std::copy(b.begin() + k, b.begin() + start + 1, b.begin() + j);
          j += start + 1 - k;
        }
        k = i;
      }
    }
    if (i + 3 < b.size() && b[i] == '&') i = ReplaceEntityAt(b, i, keep_lt);
  }
  if (j == 0) return b;
  if (j == 1) return b.substr(0, 1) + b.substr(k);
  if (k < b.size()) {
    std::copy(b.begin() + k, b.end(), b.begin() + j);
    j += b.size() - k;
  }
  b.resize(j);
  return b;
}

std::string ReplaceEntities(std::string b) {
  for (size_t i = 0; i < b.size(); ++i) {
    if (b[i] == '&' && i + 3 < b.size()) i = ReplaceEntityAt(b, i, false);
  }
  return b;
}

std::string MinifyMediaType(std::string_view s) {
  std::string out;
  bool in_string = false;
  for (char c : s) {
    if (!in_string && IsHtmlSpace(c)) continue;
    if (c == '"') in_string = !in_string;
    out.push_back(('A' <= c && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c);
  }
  return out;
}

std::string QuoteAttrVal(std::string_view val, char orig_quote, bool must_quote, bool is_xml) {
  int singles = 0;
  int doubles = 0;
  bool bare = true;
  for (char c : val) {
    if (!NeedsQuote(c)) continue;
    bare = false;
    if (c == '"') ++doubles;
    if (c == '\'') ++singles;
  }
  if (bare && (!must_quote || orig_quote == 0) && !is_xml) return std::string(val);
  if ((singles == 0 && orig_quote == '\'' && !is_xml) || (doubles == 0 && orig_quote == '"')) {
    return orig_quote + std::string(val) + orig_quote;
  }
  char quote = '\'';
  std::string_view escaped = "&#39;";
  if (singles >= doubles || is_xml) {
    quote = '"';
    escaped = "&#34;";
    if (singles == doubles && orig_quote == '\'' && !is_xml) {
      quote = '\'';
      escaped = "&#39;";
    }
  }
  std::string out(1, quote);
  for (char c : val) {
    if (c == quote) {
      out += escaped;
    } else {
      out.push_back(c);
    }
  }
  out.push_back(quote);
  return out;
}

}  // namespace kiln::minify
