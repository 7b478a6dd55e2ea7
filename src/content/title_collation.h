// Title collation: the order Hugo's default page sort gives titles. Hugo compares titles
// with a Unicode collator rather than byte by byte, so "markdown" comes before
// "Markdown Syntax Guide" and "apple" before "Zebra". This is a small model of that
// collator for the characters titles use: at the first level, whitespace sorts before
// punctuation and symbols, which sort before digits, which sort before letters, letters
// compared without case or accents (Latin-1 letters fold to their base letter); ties are
// broken by accents (unaccented first) and then by case (lower case first). Other
// characters sort after the Latin letters by code point. Also hugo's case-folding order of
// plain strings. Pure; thread-safe.
#ifndef KILN_CONTENT_TITLE_COLLATION_H_
#define KILN_CONTENT_TITLE_COLLATION_H_

#include <string_view>

namespace kiln {

// Negative when `a` sorts before `b`, zero when the collator cannot tell them apart,
// positive otherwise.
int CollateTitles(std::string_view a, std::string_view b);

// Hugo's plain string order (compare.Strings, for file names and menu entries): rune by
// rune, letters equal but for case compare equal (ASCII and Latin-1 cases), ASCII compares
// lower-cased and anything else by code point; strings equal so compare byte by byte.
int FoldCompare(std::string_view a, std::string_view b);

}  // namespace kiln

#endif  // KILN_CONTENT_TITLE_COLLATION_H_
