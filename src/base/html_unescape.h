// Decoding of HTML character references the way Go's html.UnescapeString does it, which is
// what html/template applies to attribute values before reading their context and what
// Hugo's htmlUnescape returns. A pure function over HTML5's named references table;
// thread-safe.
#ifndef KILN_BASE_HTML_UNESCAPE_H_
#define KILN_BASE_HTML_UNESCAPE_H_

#include <string>
#include <string_view>

namespace kiln {

// Replaces "&name;", the legacy bare names ("&amp", "&not"; also as the longest prefix of
// a longer unknown name), and "&#123;" / "&#x7B;" (the ";" optional) with their text.
// Numeric references in 0x80-0x9F read as Windows-1252; zero, surrogates and values past
// U+10FFFF become U+FFFD. Anything else stays as written.
std::string UnescapeHtml(std::string_view s);

}  // namespace kiln

#endif  // KILN_BASE_HTML_UNESCAPE_H_
