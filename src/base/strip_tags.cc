#include "base/strip_tags.h"

#include "base/html_context.h"

namespace kiln {

std::string StripTags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  html::Context c;
  size_t i = 0;
  bool all_text = true;
  while (i != s.size()) {
    const html::State state = c.state;
    const size_t next = i + html::Transition(&c, s.substr(i));
    if (state == html::State::kText || state == html::State::kRCDATA) {
      // The text up to where the state changes, less a tag's start: the last '<' before the
      // end of what was read (for <textarea> content, a '<' in it, not its end tag's).
      size_t j = next;
      if (c.state != state) {
        for (size_t k = next; k-- > i;) {
          if (s[k] == '<') {
            j = k;
            break;
          }
        }
      }
      out.append(s, i, j - i);
    } else {
      all_text = false;
    }
    i = next;
  }
  if (all_text) return std::string(s);
  return out;
}

}  // namespace kiln
