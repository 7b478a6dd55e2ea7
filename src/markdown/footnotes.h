// goldmark's footnote extension, split in two: finding the definitions ("[^label]: text" blocks)
// before md4c parses the rest, and numbering the references as the renderer meets them.
//
// FootnoteDefinitions owns copies of the definition bodies; FootnoteIndex keeps the numbering
// of one document. Neither is thread-safe; both live as long as one render.
#ifndef KILN_MARKDOWN_FOOTNOTES_H_
#define KILN_MARKDOWN_FOOTNOTES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kiln::markdown {

struct FootnoteDefinition {
  std::string label;
  std::string body;  // the definition's Markdown, continuation indent removed
  int index = 0;     // 1-based number, given at the first reference; 0 while unreferenced
  int references = 0;
};

// Moves footnote definitions out of `source`: returns the source with each definition's lines
// left empty (so line structure and offsets of the rest stay meaningful) and appends the
// definitions in source order. Returns the source unchanged when it has none.
std::string ExtractFootnotes(std::string_view source, std::vector<FootnoteDefinition>* defs);

class FootnoteIndex {
 public:
  explicit FootnoteIndex(std::vector<FootnoteDefinition> defs) : defs_(std::move(defs)) {}

  bool empty() const { return defs_.empty(); }
  // For a reference to `label`: the note's number and this reference's 0-based ordinal among
  // the note's references. False if no definition has that label.
  bool Reference(std::string_view label, int* index, int* ordinal);
  // The referenced definitions by number.
  std::vector<const FootnoteDefinition*> Referenced() const;

 private:
  std::vector<FootnoteDefinition> defs_;
  int count_ = 0;
};

// Writes the backlink anchors goldmark puts after a note's text.
void AppendFootnoteBacklinks(const FootnoteDefinition& def, std::string* out);
// Writes a reference: <sup id="fnref:1"><a href="#fn:1" …>1</a></sup>.
void AppendFootnoteReference(int index, int ordinal, std::string* out);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_FOOTNOTES_H_
