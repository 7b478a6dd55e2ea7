// A page bundle's resources as templates see them (`.Resources`: a list answering `ByType`,
// `GetMatch` and `Match`), each with the name, title and params front matter's `resources`
// entries give it (`src` globs, `:counter` in names and titles), sorted as Hugo sorts
// them (by resource type, then name). Also media types (`.MediaType`) by file extension.
//
// Values are built from the frozen page and are immutable.
#ifndef KILN_HUGO_PAGE_RESOURCES_H_
#define KILN_HUGO_PAGE_RESOURCES_H_

#include <string>
#include <string_view>

#include "content/page.h"
#include "value/value.h"

namespace kiln::hugo {

class SiteObject;

// `.Resources` of `page`.
Value PageResourcesValue(const Page& page, const SiteObject* site);

// A media type ("text/css") as templates see it: prints as itself and answers `.Type`,
// `.MainType` and `.SubType`.
Value MediaTypeValue(std::string type);

// The media type of a file name by its extension; "application/octet-stream" if unknown.
std::string MediaTypeFor(std::string_view file_name);

// '*' matches any run of characters, '?' one, "{a,b}" either alternative, without regard
// to case.
bool ResourceGlobMatch(std::string_view pattern, std::string_view text);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_PAGE_RESOURCES_H_
