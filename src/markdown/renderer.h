// The md4c-driven block renderer behind RenderMarkdown (internal to the markdown module).
//
// RenderBlocks appends the HTML of one Markdown source to *out. What must be shared between the
// main text and the footnote bodies of one document (heading IDs, footnote numbering, the
// headings seen) lives in DocumentState, which the caller owns; not thread-safe.
#ifndef KILN_MARKDOWN_RENDERER_H_
#define KILN_MARKDOWN_RENDERER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "markdown/anchorize.h"
#include "markdown/footnotes.h"
#include "markdown/heading_attributes.h"
#include "markdown/markdown.h"

namespace kiln::markdown {

struct DocumentState {
  DocumentState(HeadingIdType id_type, std::vector<FootnoteDefinition> footnote_defs)
      : ids(id_type), footnotes(std::move(footnote_defs)) {}

  HeadingIdFactory ids;
  FootnoteIndex footnotes;
  std::vector<Heading> headings;
  int images = 0;       // images seen, for LinkContext::ordinal
  int code_blocks = 0;  // fenced code blocks seen, for CodeBlock::ordinal
  // False when the document has no "<textarea" anywhere, which spares each source its look
  // for raw-text <textarea> blocks (block_markup.h).
  bool may_hold_textarea = true;
};

// How RenderBlocks treats the top level of its source.
struct BlockContext {
  // The first top-level paragraph loses its <p>, as in goldmark's tight definitions.
  bool tight = false;
  // Set to whether the last top-level block was a paragraph, where goldmark puts a footnote's
  // backlinks. May be null.
  bool* ends_with_paragraph = nullptr;
  const RenderHooks* hooks = nullptr;  // may be null
  // Attributes for the top-level block ending on the line whose '\n' is at the key; may be
  // null (see ExtractBlockAttributes).
  const std::map<size_t, HeadingAttributes>* block_attributes = nullptr;
};

Status RenderBlocks(std::string_view source, const MarkdownOptions& options,
                    const CodeBlockRenderer* code_renderer, DocumentState* state,
                    const BlockContext& context, std::string* out);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_RENDERER_H_
