// Reads the URLs a sitemap or a feed lists, with pugixml: <loc> in sitemaps and sitemap
// indexes, <link> in RSS, <link href> in Atom. Other XML files yield no references.
//
// Stateless; thread-safe.
#ifndef KILN_CHECK_FEED_SCANNER_H_
#define KILN_CHECK_FEED_SCANNER_H_

#include <string_view>

#include "check/file_facts.h"

namespace kiln::check {

// `path` names the file in findings (malformed XML is reported as kUnreadable).
FileFacts ScanFeed(std::string_view path, std::string_view xml);

}  // namespace kiln::check

#endif  // KILN_CHECK_FEED_SCANNER_H_
