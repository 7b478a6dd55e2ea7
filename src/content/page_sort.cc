#include "content/page_sort.h"

#include <algorithm>

#include "content/title_collation.h"

namespace kiln {

const std::string& LinkTitle(const Page& page) {
  return page.meta.link_title.empty() ? page.meta.title : page.meta.link_title;
}

bool DefaultPageLess(const Page& a, const Page& b) {
  int wa = a.meta.weight, wb = b.meta.weight;
  if (wa != wb) {
    if (wa == 0) return false;
    if (wb == 0) return true;
    return wa < wb;
  }
  if (a.meta.date != b.meta.date) return a.meta.date > b.meta.date;
  if (int c = CollateTitles(LinkTitle(a), LinkTitle(b)); c != 0) return c < 0;
  return a.file.path < b.file.path;
}

void SortPagesDefault(std::vector<Page*>* pages) {
  std::stable_sort(pages->begin(), pages->end(),
                   [](const Page* a, const Page* b) { return DefaultPageLess(*a, *b); });
}

}  // namespace kiln
