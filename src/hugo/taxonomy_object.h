// The taxonomy values templates see: `.Site.Taxonomies` (page.TaxonomyList: plural →
// taxonomy), a taxonomy (page.Taxonomy: term key → weighted pages, with `.ByCount`,
// `.Alphabetical`, `.Count`, `.Get`), a term's page.WeightedPages (`.Pages`, `.Count`) and
// the entries of the ordered views (`.Name`, `.Term`, `.Count`, `.Pages`, `.Page`).
//
// All are built from the frozen content tree, borrow the SiteObject, and are immutable.
#ifndef KILN_HUGO_TAXONOMY_OBJECT_H_
#define KILN_HUGO_TAXONOMY_OBJECT_H_

#include <string>

#include "content/page.h"
#include "value/value.h"

namespace kiln::hugo {

class SiteObject;

// `.Site.Taxonomies`.
Value TaxonomyListValue(const SiteObject* site);

// The taxonomy `taxonomy` (a kTaxonomy page) as page.Taxonomy.
Value TaxonomyValue(const Page& taxonomy, const SiteObject* site);

// `.Data` of a taxonomy or term page.
Value TaxonomyPageData(const Page& page, const SiteObject* site);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_TAXONOMY_OBJECT_H_
