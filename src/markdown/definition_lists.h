// goldmark's definition-list extension, at the top level of a document and in block quotes and
// list items:
//
//   Term
//   : Definition
//
// ExtractDefinitionLists finds the lists before md4c parses the rest and leaves a marker in
// their place (a paragraph at the top level; in a container, with its marks taken off and put
// back, an HTML comment line); the caller renders each list's terms and descriptions as
// Markdown and puts the HTML where the marker came out. Pure functions; the result owns its
// strings.
#ifndef KILN_MARKDOWN_DEFINITION_LISTS_H_
#define KILN_MARKDOWN_DEFINITION_LISTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace kiln::markdown {

struct DefinitionListItem {
  bool term = false;     // a <dt> (one line of the term paragraph) or a <dd>
  bool tight = true;     // for a <dd>: no blank line before its ':'
  std::string markdown;  // the term's text, or the description with its indentation removed
};

struct DefinitionLists {
  std::string source;  // the document with each list replaced by its marker paragraph
  std::vector<std::vector<DefinitionListItem>> lists;
  // The document's link reference definitions, for rendering the items apart from it.
  std::string link_definitions;
};

DefinitionLists ExtractDefinitionLists(std::string_view source);

// Whether a line starts with ':', after block quote marks or indentation: without one there is
// no list to extract. ':' is rarer than '\n', so it is looked for first.
bool MayHoldDefinitionList(std::string_view source);
// Whether only spaces and '>'s precede source[at], a ':', on its line.
bool ColonStartsLine(std::string_view source, size_t at);

// The paragraph HTML the marker of list n renders to at the top level.
std::string DefinitionListMarkerHtml(size_t n);
// The HTML the marker of list n renders to in a block quote or list item: an HTML block the
// renderer writes as it is, unsafe or not (IsContainedDefinitionListMarker says which).
std::string ContainedDefinitionListMarkerHtml(size_t n);
bool IsContainedDefinitionListMarker(std::string_view html);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_DEFINITION_LISTS_H_
