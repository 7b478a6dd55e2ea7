// The XML minifier hugo 0.111.3 runs for RSS, sitemaps and other XML (tdewolff/minify 2.12.4
// defaults): comments go, whitespace between tags goes and runs inside text collapse, empty
// elements become "<x/>", entities are replaced where safe, attributes get the cheaper quote,
// CDATA becomes text when that is no longer. A NUL byte is an error with tdewolff's message.
//
// Pure function over borrowed input; thread-safe.
#ifndef KILN_MINIFY_XML_MINIFIER_H_
#define KILN_MINIFY_XML_MINIFIER_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::minify {

StatusOr<std::string> MinifyXml(std::string_view xml);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_XML_MINIFIER_H_
