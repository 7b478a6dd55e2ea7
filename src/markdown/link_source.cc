#include "markdown/link_source.h"

#include "markdown/html_escape.h"

namespace kiln::markdown {
namespace {

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// Spaces and tabs with at most one line break among them, from `at`.
size_t SkipSpace(std::string_view s, size_t at) {
  bool newline = false;
  while (at < s.size()) {
    if (s[at] == ' ' || s[at] == '\t') {
      ++at;
    } else if (s[at] == '\n' && !newline) {
      newline = true;
      ++at;
    } else {
      break;
    }
  }
  return at;
}

// A destination at `at`: "<…>" or a run without spaces and with balanced parentheses.
bool ParseDestination(std::string_view s, size_t* at, std::string_view* out) {
  size_t i = *at;
  if (i < s.size() && s[i] == '<') {
    for (size_t j = i + 1; j < s.size() && s[j] != '\n' && s[j] != '<'; ++j) {
      if (s[j] == '\\' && j + 1 < s.size() && IsAsciiPunct(s[j + 1])) {
        ++j;
      } else if (s[j] == '>') {
        *out = s.substr(i + 1, j - i - 1);
        *at = j + 1;
        return true;
      }
    }
    return false;
  }
  int depth = 0;
  size_t j = i;
  for (; j < s.size(); ++j) {
    const char c = s[j];
    if (c == '\\' && j + 1 < s.size() && IsAsciiPunct(s[j + 1])) {
      ++j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth == 0) break;
      --depth;
    } else if (static_cast<unsigned char>(c) <= ' ') {
      break;
    }
  }
  *out = s.substr(i, j - i);
  *at = j;
  return true;
}

// A title at `at` in '"', '\'' or parentheses; empty without one.
bool ParseTitle(std::string_view s, size_t* at, std::string_view* out) {
  size_t i = *at;
  *out = {};
  if (i >= s.size() || (s[i] != '"' && s[i] != '\'' && s[i] != '(')) return true;
  const char close = s[i] == '(' ? ')' : s[i];
  for (size_t j = i + 1; j < s.size(); ++j) {
    if (s[j] == '\\' && j + 1 < s.size() && IsAsciiPunct(s[j + 1])) {
      ++j;
    } else if (s[j] == close) {
      *out = s.substr(i + 1, j - i - 1);
      *at = j + 1;
      return true;
    } else if (s[j] == '(' && close == ')') {
      return false;
    }
  }
  return false;
}

bool Resolves(std::string_view written, std::string_view resolved) {
  return written == resolved || ResolveEscapesAndEntities(written) == resolved;
}

// The destination and title after `at` (past "(" or "]:"), when they resolve to the wanted ones.
bool MatchTail(std::string_view s, size_t at, std::string_view destination, std::string_view title,
               LinkSource* out) {
  at = SkipSpace(s, at);
  std::string_view d, t;
  if (!ParseDestination(s, &at, &d) || !Resolves(d, destination)) return false;
  at = SkipSpace(s, at);
  if (!ParseTitle(s, &at, &t) || !Resolves(t, title)) return false;
  *out = LinkSource{d, t};
  return true;
}

}  // namespace

std::string ResolveEscapesAndEntities(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && IsAsciiPunct(s[i + 1])) {
      out.push_back(s[++i]);
      continue;
    }
    if (s[i] == '&') {
      size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 32 &&
          AppendDecodedEntity(s.substr(i, semi - i + 1), &out)) {
        i = semi;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

bool FindLinkSource(std::string_view source, size_t from, std::string_view destination,
                    std::string_view title, LinkSource* out) {
  // An image in the link's text has its own tail first; a few tries reach the link's.
  constexpr int kInlineTries = 8;
  size_t at = source.find("](", from);
  for (int n = 0; n < kInlineTries && at != std::string_view::npos;
       ++n, at = source.find("](", at + 2)) {
    if (MatchTail(source, at + 2, destination, title, out)) return true;
  }
  for (at = source.find("]:"); at != std::string_view::npos; at = source.find("]:", at + 2)) {
    if (MatchTail(source, at + 2, destination, title, out)) return true;
  }
  return false;
}

}  // namespace kiln::markdown
