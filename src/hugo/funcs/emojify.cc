// emojify and enableEmoji: `:code:` → emoji with the table hugo 0.111 uses, generated into
// emoji_table.inc by tools/funcs/gen_emoji.py.
#include <algorithm>
#include <iterator>

#include "hugo/funcs/emoji.h"
#include "hugo/funcs/transform_parts.h"

namespace kiln::funcs {

namespace {

struct Emoji {
  std::string_view code;  // with its colons
  std::string_view text;
};

constexpr Emoji kEmoji[] = {
#include "hugo/funcs/emoji_table.inc"
};

constexpr size_t LongestCode() {
  size_t n = 0;
  for (const Emoji& e : kEmoji) n = std::max(n, e.code.size());
  return n;
}

const Emoji* Find(std::string_view code) {
  auto it = std::lower_bound(std::begin(kEmoji), std::end(kEmoji), code,
                             [](const Emoji& e, std::string_view c) { return e.code < c; });
  if (it == std::end(kEmoji) || it->code != code) return nullptr;
  return it;
}

// A character hugo's page lexer allows inside an emoji code.
bool IsCodeChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '+';
}

}  // namespace

std::string EmojifyContent(std::string_view s) {
  std::string out;
  size_t done = 0;  // s[..done) is in out
  size_t i = s.find(':');
  while (i != std::string_view::npos) {
    size_t end = i + 1;
    while (end < s.size() && IsCodeChar(s[end])) ++end;
    if (end == i + 1 || end == s.size() || s[end] != ':') {
      i = s.find(':', i + 1);  // not a code: the colon is plain text
      continue;
    }
    if (const Emoji* e = Find(s.substr(i, end - i + 1))) {
      out.append(s.substr(done, i - done));
      out.append(e->text);
      done = end + 1;
    }
    i = s.find(':', end + 1);
  }
  out.append(s.substr(done));
  return out;
}

std::string Emojify(std::string_view s) {
  static constexpr size_t kLongest = LongestCode();
  std::string out;
  size_t done = 0;  // s[..done) is in out
  size_t i = s.find(':');
  while (i != std::string_view::npos) {
    size_t close = s.find(':', i + 1);
    if (close == std::string_view::npos) break;
    std::string_view code = s.substr(i, close - i + 1);
    const Emoji* e = nullptr;
    if (code.size() <= kLongest && code.find(' ') == std::string_view::npos) e = Find(code);
    if (e) {
      out.append(s.substr(done, i - done));
      out.append(e->text);
      done = close + 1;
      i = s.find(':', done);
    } else {
      i = close;  // the closing colon may open the next code
    }
  }
  out.append(s.substr(done));
  return out;
}

}  // namespace kiln::funcs
