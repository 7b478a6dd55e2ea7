#include "markdown/linkify.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace kiln::markdown {
namespace {

enum : uint8_t {
  kDomain = 1,   // [-a-zA-Z0-9@:%._+~#=]
  kPath = 2,     // [-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}[]`]
  kEmail = 4,    // the local part of an e-mail address
  kPunct = 8,    // ASCII punctuation
};

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> t{};
  auto add = [&t](const char* chars, uint8_t cls) {
    for (const char* p = chars; *p; ++p) t[static_cast<unsigned char>(*p)] |= cls;
  };
  const char* alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  add(alnum, kDomain | kPath | kEmail);
  add("-@:%._+~#=", kDomain);
  add("-@:%_+.~#$!?&/=();,'\">^{}[]`", kPath);
  add("!#$%&'*+-./=?^_`{|}~", kEmail);
  add("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", kPunct);
  return t;
}
constexpr auto kClass = MakeClasses();

bool Is(char c, uint8_t cls) { return (kClass[static_cast<unsigned char>(c)] & cls) != 0; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) {
  return IsLower(c) || (c >= 'A' && c <= 'Z') || IsDigit(c);
}
bool HasPrefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The host part both URL patterns share, `[domain chars]{1,256}\.[a-z]+`, from `start`;
// returns its end or 0. The greedy run backs off to the last '.' followed by a lowercase letter.
size_t MatchHost(std::string_view line, size_t start) {
  size_t run = 0;
  while (start + run < line.size() && run < 256 && Is(line[start + run], kDomain)) ++run;
  for (size_t k = run; k >= 1; --k) {
    size_t dot = start + k;
    if (dot + 1 < line.size() && line[dot] == '.' && IsLower(line[dot + 1])) {
      size_t end = dot + 1;
      while (end < line.size() && IsLower(line[end])) ++end;
      return end;
    }
  }
  return 0;
}

size_t MatchPath(std::string_view line, size_t pos, bool dollar) {
  if (pos >= line.size() || (line[pos] != '/' && line[pos] != '#' && line[pos] != '?')) return pos;
  ++pos;
  while (pos < line.size() && Is(line[pos], kPath) && (dollar || line[pos] != '$')) ++pos;
  return pos;
}

size_t MatchUrl(std::string_view line) {
  size_t scheme = HasPrefix(line, "http://")    ? 7
                  : HasPrefix(line, "https://") ? 8
                  : HasPrefix(line, "ftp://")   ? 6
                                                : 0;
  if (scheme == 0) return 0;
  size_t end = MatchHost(line, scheme);
  if (end == 0) return 0;
  if (end + 1 < line.size() && line[end] == ':' && IsDigit(line[end + 1])) {
    ++end;
    while (end < line.size() && IsDigit(line[end])) ++end;
  }
  return MatchPath(line, end, true);
}

size_t MatchWww(std::string_view line) {
  if (!HasPrefix(line, "www.")) return 0;
  size_t end = MatchHost(line, 4);
  return end == 0 ? 0 : MatchPath(line, end, false);
}

// A domain label: alphanumeric, then up to 61 [alnum-], ending alphanumeric. Returns its end.
size_t MatchLabel(std::string_view s, size_t pos) {
  if (pos >= s.size() || !IsAlnum(s[pos])) return 0;
  size_t run = 0;
  while (pos + 1 + run < s.size() && run < 62 && (IsAlnum(s[pos + 1 + run]) || s[pos + 1 + run] == '-')) {
    ++run;
  }
  while (run > 0 && !IsAlnum(s[pos + run])) --run;
  return pos + 1 + run;
}

size_t MatchEmail(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && Is(line[i], kEmail)) ++i;
  if (i == 0 || i >= line.size() || line[i] != '@') return 0;
  const size_t at = i++;
  size_t end = MatchLabel(line, i);
  if (end == 0) return 0;
  while (end + 1 < line.size() && line[end] == '.') {
    size_t next = MatchLabel(line, end + 1);
    if (next == 0) break;
    end = next;
  }
  if (line.substr(at, end - 1 - at).find('.') == std::string_view::npos) return 0;
  if (end < line.size() && (line[end] == '-' || line[end] == '_')) return 0;
  return end;
}

}  // namespace

bool IsLinkifyStart(std::string_view source, size_t pos) {
  if (pos == 0) return true;
  char c = source[pos - 1];
  return c == ' ' || c == '\n' || c == '*' || c == '_' || c == '~' || c == '(';
}

size_t EmailLocalPartEnd(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && Is(line[i], kEmail)) ++i;
  return i;
}

bool MatchLinkify(std::string_view line, bool try_email, LinkifyMatch* match) {
  if (line.empty()) return false;
  LinkifyKind kind = LinkifyKind::kUrl;
  size_t end = MatchUrl(line);
  if (end == 0) {
    end = MatchWww(line);
    kind = LinkifyKind::kWww;
  }
  if (end != 0) {
    char last = line[end - 1];
    if (last == '.') {
      --end;
    } else if (last == ')') {
      int closing = 0;
      for (size_t i = 0; i < end; ++i) closing += line[i] == ')' ? 1 : line[i] == '(' ? -1 : 0;
      if (closing > 0) end -= closing;
    } else if (last == ';') {
      // Drop a trailing entity-like "&name;".
      size_t i = end - 1;
      while (i > 0 && IsAlnum(line[i - 1])) --i;
      if (i != end - 1 && i > 0 && line[i - 1] == '&') end = i - 1;
    }
  } else {
    if (!try_email || Is(line[0], kPunct)) return false;
    end = MatchEmail(line);
    if (end == 0) return false;
    kind = LinkifyKind::kEmail;
  }
  // Trailing punctuation is not part of the link.
  size_t i = end - 1;
  while (i > 0 && std::string_view("?!.,:*_~").find(line[i]) != std::string_view::npos) --i;
  match->length = i + 1;
  match->kind = kind;
  return true;
}

}  // namespace kiln::markdown
