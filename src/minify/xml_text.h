// In-place rewrites of XML text and attribute values as tdewolff/minify 2.12.4 does them:
// whitespace runs collapse, the entities apos/gt/quot and numeric references are replaced by
// their character where that is safe, and attribute values get the quote needing fewer
// escapes. The in-place functions work on a byte range of a larger buffer and leave the
// bytes they no longer use as upstream does, because error messages quote that buffer.
// Pure functions of their arguments; thread-safe.
#ifndef KILN_MINIFY_XML_TEXT_H_
#define KILN_MINIFY_XML_TEXT_H_

#include <string>
#include <string_view>

namespace kiln::minify {

// A result range within the range passed in: [offset, offset + len).
struct XmlRange {
  size_t offset;
  size_t len;
};

// Text content: collapses whitespace (to "\n" when the run held a line break) and replaces
// entities, keeping "<" and "&" escaped when `keep_escapes` (the XML minifier; the SVG one
// does not).
XmlRange CollapseXmlText(char* b, size_t len, bool keep_escapes);
// An attribute value without its quotes: replaces entities (nothing is kept escaped).
XmlRange ReplaceXmlEntities(char* b, size_t len);
// The value in the quote that needs fewer escapes (double on a tie), as "&#34;" or "&#39;".
std::string QuoteXmlAttr(std::string_view value);
// CDATA content written as text, when escaping "<" and "&" costs no more than the CDATA
// markup; false to keep the CDATA section.
bool CdataAsText(std::string_view content, std::string* text);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_XML_TEXT_H_
