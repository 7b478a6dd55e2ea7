// Page lookup by reference, as `.Site.GetPage`, `.GetPage` and menus' `pageRef` resolve
// one: "/posts/first" (or "/posts/first.md"), a section "/posts", the home page "/", a
// taxonomy "/tags" or a term "/tags/go", compared without regard to case; a reference
// without a leading slash is tried relative to the calling page's directory first.
// LookupPageRef is the same lookup as Ref, RelRef and the ref shortcodes make it, where a
// base name shared by two pages is an error.
//
// A PageIndex borrows the content tree it is built from; after construction it is only
// read, from many threads. LookupPageRef is a pure function over a frozen content tree.
#ifndef KILN_HUGO_PAGE_LOOKUP_H_
#define KILN_HUGO_PAGE_LOOKUP_H_

#include <map>
#include <string>
#include <string_view>

#include "base/status.h"
#include "content/content_tree.h"

namespace kiln::hugo {

class PageIndex {
 public:
  explicit PageIndex(const ContentTree& content);

  // The page `ref` names, seen from `context` (may be null); null if none. `by_name` lets
  // a bare name match the one page with that file or bundle name, as Ref and a lookup
  // without a context do.
  const Page* Find(std::string_view ref, const Page* context, bool by_name) const;

  // The lookup key of `page`: "/", "/posts", "/posts/first".
  static std::string KeyOf(const Page& page);

 private:
  // The page at a rooted, lower-cased reference: `joined` to the calling page's directory
  // (and so cleaned, as hugo's path.Join), or as written, where hugo neither cleans it nor
  // finds a page, term or taxonomy by a trailing-slash or extension-suffixed path.
  const Page* FindKey(std::string_view rooted, bool joined) const;

  std::map<std::string, const Page*> by_key_;
  std::map<std::string, std::vector<const Page*>> by_name_;
};

// The page `ref` (a path without "#anchor") names for Ref, seen from `context` (may be
// null); null if none. Taxonomy and term pages are not found; an ambiguous base name is an
// error.
StatusOr<const Page*> LookupPageRef(const ContentTree& content, const Page* context,
                                    std::string_view ref);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGE_LOOKUP_H_
