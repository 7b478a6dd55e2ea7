// FileFacts: what one built file says about the rest of the site — the references it
// makes, the ids it defines, and the warnings found while reading it. Produced per file by
// the HTML, CSS and feed scanners, in parallel; read-only afterwards.
#ifndef KILN_CHECK_FILE_FACTS_H_
#define KILN_CHECK_FILE_FACTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "check/finding.h"

namespace kiln::check {

enum class RefKind : uint8_t {
  kLink,      // navigation: <a>, <area>, <link rel=canonical|alternate|...>, <iframe>
  kResource,  // fetched when needed, not counted in weight: srcset candidates, media sources
  kWeighed,   // fetched with the page and counted in its weight: stylesheets, scripts,
              // <img src>, poster, icons, CSS url() and @import
  kRefresh,   // <meta http-equiv=refresh content="0; url=...">
  kListed,    // a URL listed in a sitemap or a feed
};

struct Reference {
  std::string url;  // as written, entities decoded
  int line = 0;
  int column = 0;
  RefKind kind = RefKind::kLink;
};

struct FileFacts {
  bool is_html = false;
  std::vector<Reference> refs;
  std::vector<std::string> ids;   // sorted, unique: the fragment targets the file defines
  std::vector<Finding> findings;  // warnings found while scanning; `file` is filled in
};

}  // namespace kiln::check

#endif  // KILN_CHECK_FILE_FACTS_H_
