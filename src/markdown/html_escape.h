// goldmark's escaping rules, table-driven with a fast path for clean text. Pure functions,
// thread-safe; each appends to *out.
#ifndef KILN_MARKDOWN_HTML_ESCAPE_H_
#define KILN_MARKDOWN_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace kiln::markdown {

// Escapes & < > " (goldmark's EscapeHTML).
void AppendEscapedHtml(std::string_view text, std::string* out);

// Go's html.EscapeString, which Hugo uses for code: & ' < > " as &amp; &#39; &lt; &gt; &#34;.
void AppendEscapedHtmlGo(std::string_view text, std::string* out);

// goldmark's URLEscape on an already-unescaped destination: keeps URL-safe ASCII and valid-looking
// %XX, writes a space as %20, percent-encodes the rest byte by byte.
void AppendEscapedUrl(std::string_view url, std::string* out);

// goldmark's IsDangerousURL: javascript:, vbscript:, file:, and data: other than raster images.
bool IsDangerousUrl(std::string_view url);

// Appends the UTF-8 for an entity reference written "&name;", "&#123;" or "&#x1F;". Returns
// false, appending nothing, for an unknown name.
bool AppendDecodedEntity(std::string_view entity, std::string* out);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_HTML_ESCAPE_H_
