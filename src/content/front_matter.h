// Front matter: the metadata block at the top of a content file, `+++` TOML, `---` YAML or
// a `{` JSON object, split from the body and decoded into a Value map whose keys keep their
// spelling (PageMeta lower-cases them). Pure functions; thread-safe.
#ifndef KILN_CONTENT_FRONT_MATTER_H_
#define KILN_CONTENT_FRONT_MATTER_H_

#include <optional>
#include <string_view>

#include "base/status.h"
#include "value/decode.h"
#include "value/value.h"

namespace kiln {

struct FrontMatterSplit {
  std::optional<DataFormat> format;  // nullopt: the file has no front matter
  std::string_view text;             // the front matter without its delimiters
  int first_line = 1;                // line of the file where `text` starts
  std::string_view body;             // everything after the closing delimiter's line
};

// Splits `content` (the whole file, named `file` in errors). Fails when an opening
// delimiter has no closing one.
StatusOr<FrontMatterSplit> SplitFrontMatter(std::string_view content, std::string_view file);

// Splits and decodes; a file without front matter gives an empty map.
struct ParsedContent {
  Value front_matter;  // a Map
  std::string_view body;
};
StatusOr<ParsedContent> ParseContentFile(std::string_view content, std::string_view file);

}  // namespace kiln

#endif  // KILN_CONTENT_FRONT_MATTER_H_
