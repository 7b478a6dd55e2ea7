// Hugo's default page order (`DefaultPageSort`): weight ascending with weight 0 last, then
// date descending, then link title (collated as Hugo does), then pages without a file
// first, then source file name (case folded). Two pages without files that tie on the rest are each
// "less" than the other, as in hugo, so their final order depends on the order hugo collects pages
// in and on the steps of Go's sort.Stable; SortPagesDefault reproduces both. Pure; thread-safe.
#ifndef KILN_CONTENT_PAGE_SORT_H_
#define KILN_CONTENT_PAGE_SORT_H_

#include <vector>

#include "content/page.h"

namespace kiln {

// The title lists sort by: linkTitle, else title.
const std::string& LinkTitle(const Page& page);

// Whether weight `a` sorts before a different weight `b`: ascending, with 0 (unset) last.
bool WeightLess(int a, int b);

// The default order's last step for pages that tie on everything else: a page without a
// file first (so two such pages are each "less"), then file names compared as hugo's
// compare.Strings does, case folded.
bool FileOrderLess(const Page& a, const Page& b);

// Whether `a` comes before `b` in the default order (not a strict weak order: see above).
bool DefaultPageLess(const Page& a, const Page& b);

// The order hugo collects a list's pages in before sorting them, which decides where pages
// that tie land. Hugo keeps pages in three trees keyed by lower-cased path: regular pages,
// sections (home included), and taxonomies with their terms.
enum class CollectOrder {
  kSite,      // a site's pages: the regular pages' tree, then sections', then taxonomies'
  kChildren,  // a home or section page's: its sections, then its regular pages
};

void SortPagesDefault(std::vector<Page*>* pages, CollectOrder order);

}  // namespace kiln

#endif  // KILN_CONTENT_PAGE_SORT_H_
