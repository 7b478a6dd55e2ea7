// Reading one character reference ("&amp;", "&#60;", "&#x3C;") where the HTML and XML
// minifiers respell references, with the limits hugo's minifier scans by: decimal values
// below 128, hexadecimal ones below 10000, names up to 31 bytes. Each minifier brings its
// own table of names and decides what to write. Pure functions; thread-safe.
#ifndef KILN_MINIFY_ENTITY_REF_H_
#define KILN_MINIFY_ENTITY_REF_H_

#include <string>
#include <string_view>

namespace kiln::minify {

// The value a minifier gives an entity name (without '&' and ';'), or "" for none.
using EntityLookup = std::string_view (*)(std::string_view name);

// What ScanEntityRef read.
struct EntityRef {
  // The index of the last byte scanned; a caller that keeps the reference goes on after it.
  // With a value, the index after the digits or the name: the ';' when the reference is
  // well formed, else another byte or b.size().
  size_t last = 0;
  // What the reference stands for: one ASCII byte, a named entity's value, or "&#N;" for a
  // hexadecimal one at or above 128. Empty when the reference is to be kept as written.
  std::string value;
};

// Scans the reference whose '&' is at b[i]; needs i + 3 < b.size().
EntityRef ScanEntityRef(std::string_view b, size_t i, EntityLookup lookup);

// Whether `c` after a bare '&' would make it read as the start of a reference: an ASCII
// letter or digit, or '#'.
bool ContinuesReference(char c);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_ENTITY_REF_H_
