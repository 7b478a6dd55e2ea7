// Chroma 2.5.0's XML lexer grammars and styles, embedded at build time from the installed
// Debian package (golang-github-alecthomas-chroma-v2-dev) by embed_chroma.cmake. The arrays
// are immutable and safe to read from any thread.
#ifndef KILN_HIGHLIGHT_EMBEDDED_DATA_H_
#define KILN_HIGHLIGHT_EMBEDDED_DATA_H_

#include <span>
#include <string_view>

namespace kiln::highlight {

struct EmbeddedFile {
  std::string_view name;  // base name, e.g. "go_template.xml"
  std::string_view data;
};

extern const EmbeddedFile kEmbeddedLexers[];
extern const int kEmbeddedLexersCount;
extern const EmbeddedFile kEmbeddedStyles[];
extern const int kEmbeddedStylesCount;

inline std::span<const EmbeddedFile> EmbeddedLexers() {
  return {kEmbeddedLexers, static_cast<size_t>(kEmbeddedLexersCount)};
}
inline std::span<const EmbeddedFile> EmbeddedStyles() {
  return {kEmbeddedStyles, static_cast<size_t>(kEmbeddedStylesCount)};
}

}  // namespace kiln::highlight

#endif  // KILN_HIGHLIGHT_EMBEDDED_DATA_H_
