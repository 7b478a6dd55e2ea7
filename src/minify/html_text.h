// The byte-level rewrites the HTML minifier applies to text and attribute values, each a
// pure function matching hugo's minifier byte for byte, quirks included: whitespace runs
// collapse to one space (a newline if the run held one), named and numeric character
// references are respelled in their shortest form, and attribute values get the fewest
// quotes that keep them intact. Thread-safe.
#ifndef KILN_MINIFY_HTML_TEXT_H_
#define KILN_MINIFY_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace kiln::minify {

// Space, tab, newline, carriage return, form feed.
bool IsHtmlSpace(char c);
bool IsAllHtmlSpace(std::string_view s);
std::string_view TrimHtmlSpace(std::string_view s);

// Text content: collapses whitespace and respells references; "&lt;" stays "&lt;" when
// keep_lt (in text, where a bare "<" could open a tag).
std::string CollapseWhitespaceAndEntities(std::string b, bool keep_lt);
// Attribute values: respells references, leaves whitespace alone.
std::string ReplaceEntities(std::string b);

// "text/html; charset=UTF-8" → "text/html;charset=utf-8": whitespace outside double quotes
// removed, then lower-cased.
std::string MinifyMediaType(std::string_view s);

// The attribute value as written after "=": bare when nothing in it needs quoting, else in
// the original quote when that needs no escaping, else in whichever quote occurs less often
// (the other escaped as a numeric reference). RDFa attributes (is_xml) are always quoted,
// and so are values that were quoted when must_quote.
std::string QuoteAttrVal(std::string_view val, char orig_quote, bool must_quote, bool is_xml);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_HTML_TEXT_H_
