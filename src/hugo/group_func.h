// The `group` template function (hugo's collections.Group): `group KEY PAGES` wraps a page
// collection as one page.PageGroup with `.Key` and `.Pages`, which `.Paginate` takes as
// its pages and `slice` gathers into a page.PagesGroup (so `.Paginate (slice $g)` pages
// by group), as hugo's PageGroup.Slice does.
//
// The registered functions borrow `site`, which must outlive the FuncMap; they are
// pure and safe to call from many threads.
#ifndef KILN_HUGO_GROUP_FUNC_H_
#define KILN_HUGO_GROUP_FUNC_H_

#include "hugo/site_object.h"
#include "template/functions.h"

namespace kiln::hugo {

// Registers `group` and wraps the `slice` already in `funcs`.
void RegisterGroupFunc(const SiteObject* site, tmpl::FuncMap* funcs);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_GROUP_FUNC_H_
