// Title collation: the order Hugo's default page sort gives titles. Hugo compares titles
// with a Unicode collator rather than byte by byte, so "markdown" comes before
// "Markdown Syntax Guide" and "apple" before "Zebra". This is a small model of that
// collator for the characters titles use: at the first level, whitespace sorts before
// punctuation and symbols, which sort before digits, which sort before letters, letters
// compared without case or accents (Latin-1 letters fold to their base letter); ties are
// broken by accents (unaccented first) and then by case (lower case first). Other
// characters sort after the Latin letters by code point. Pure; thread-safe.
#ifndef KILN_CONTENT_TITLE_COLLATION_H_
#define KILN_CONTENT_TITLE_COLLATION_H_

#include <string_view>

namespace kiln {

// Negative when `a` sorts before `b`, zero when the collator cannot tell them apart,
// positive otherwise.
int CollateTitles(std::string_view a, std::string_view b);

}  // namespace kiln

#endif  // KILN_CONTENT_TITLE_COLLATION_H_
