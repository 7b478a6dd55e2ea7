// The data of English inflection as hugo 0.111.3's inflection library holds it: words whose
// plural is irregular (or equal to the singular), and the ordered suffix rules tried after
// them. Immutable tables; thread-safe.
#ifndef KILN_CONTENT_INFLECT_RULES_H_
#define KILN_CONTENT_INFLECT_RULES_H_

#include <span>
#include <string_view>

namespace kiln {

struct Inflection {
  std::string_view singular;
  std::string_view plural;
};

// Whole words (lower case), sorted by singular: a word found on either side is inflected
// only through this table.
std::span<const Inflection> IrregularInflections();

// Suffix pairs in the order they are tried. For each pair, a word already ending in the
// target form is left alone before the source suffix is rewritten, which is how the
// library decides a word is already inflected ("-ta" words stay, "-tum" becomes "-ta").
std::span<const Inflection> SuffixInflections();

// Whether `lower` (lower case) is one of the acronyms the library writes in capitals.
bool IsInflectAcronym(std::string_view lower);

}  // namespace kiln

#endif  // KILN_CONTENT_INFLECT_RULES_H_
