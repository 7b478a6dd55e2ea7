#include "minify/html_viewport.h"

#include "minify/number.h"

namespace kiln::minify {

std::string MinifyViewport(std::string_view content) {
  std::string v;
  for (char c : content) {
    if (c != ' ') v.push_back(c);
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '=' || i + 2 >= v.size()) continue;
    ++i;
    size_t n = NumberPrefixLength(std::string_view(v).substr(i));
    if (n > 0) {
      std::string shortest = ShortNumber(std::string_view(v).substr(i, n));
      if (shortest.size() < n) v.replace(i, n, shortest);
      i += shortest.size();
    }
    --i;
  }
  return v;
}

}  // namespace kiln::minify
