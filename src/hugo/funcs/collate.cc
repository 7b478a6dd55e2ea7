#include "hugo/funcs/collate.h"

#include "content/title_collation.h"

namespace kiln::funcs {

int CollateCompare(std::string_view a, std::string_view b) {
  if (int c = CollateTitles(a, b); c != 0) return c;
  int bytes = a.compare(b);
  return (bytes > 0) - (bytes < 0);
}

}  // namespace kiln::funcs
