// Hugo's URL path sanitisation (`UnicodeSanitize` followed by lower-casing): letters,
// digits, combining marks, `. / \ _ # + ~ @ -` and valid `%XX` escapes are kept; whitespace
// between kept characters becomes one `-` (none beside a hyphen); everything else is
// dropped. Accents are kept.
// Pure functions; thread-safe.
#ifndef KILN_CONTENT_PATH_SANITIZE_H_
#define KILN_CONTENT_PATH_SANITIZE_H_

#include <string>
#include <string_view>

namespace kiln {

// "Hello, World!" → "Hello-World" (case kept).
std::string SanitizePathSegment(std::string_view s);
// Sanitises and, unless `keep_case`, lower-cases: "C++ tips" → "c++-tips".
std::string MakeUrlPath(std::string_view s, bool keep_case = false);
// A segment inside a longer path, as hugo sanitises the joined path: a slash or suffix
// follows it, so whitespace before its end still becomes a hyphen ("a b ?" → "a-b-").
std::string MakeUrlPathSegment(std::string_view s, bool keep_case = false);
// Unicode-aware lower-casing for the scripts URL paths commonly use (Latin, Greek,
// Cyrillic); other characters are copied unchanged.
std::string UnicodeLower(std::string_view s);

}  // namespace kiln

#endif  // KILN_CONTENT_PATH_SANITIZE_H_
