// `.Related PAGE` of a page collection with hugo 0.111's default related-content settings:
// indices keywords (weight 100), date by year (10) and tags (80), threshold 80, newer pages
// left out, keywords compared as written. Each keyword a candidate shares with the page
// adds its index's weight; candidates at or above the threshold come heaviest first, then
// newest first. Pure over the frozen pages; thread-safe.
#ifndef KILN_HUGO_PAGES_RELATED_H_
#define KILN_HUGO_PAGES_RELATED_H_

#include <vector>

#include "content/page.h"

namespace kiln::hugo {

std::vector<const Page*> RelatedPages(const std::vector<const Page*>& pages, const Page& doc);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGES_RELATED_H_
