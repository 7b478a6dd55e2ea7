// Reads a page's front matter (a Value map with lower-cased keys) into PageMeta: the
// specially handled keys, the `[frontmatter]` date rules and `_build`. Every entry also lands
// in `params`. Pure functions; thread-safe.
#ifndef KILN_CONTENT_PAGE_META_H_
#define KILN_CONTENT_PAGE_META_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "content/content_options.h"
#include "content/page.h"
#include "value/value.h"

namespace kiln {

struct MetaSource {
  std::string_view file;                // for messages
  std::string_view content;             // the whole file, to point errors at a line
  std::string_view base_file_name;      // for the ":filename" date handler
  int64_t mod_time_unix_seconds = 0;    // for ":fileModTime"
  Time git_author_date = Time::Zero();  // for ":git"; zero when the file is not in git
};

StatusOr<PageMeta> ReadPageMeta(const Value& front_matter, const ContentOptions& options,
                                const MetaSource& source);

// Expands one `[frontmatter]` list as configured by the user: lower-cases the keys and adds
// each date key's aliases ("publishDate" → publishdate, pubdate, published).
std::vector<std::string> ExpandDateKeys(const std::vector<std::string>& keys);

}  // namespace kiln

#endif  // KILN_CONTENT_PAGE_META_H_
