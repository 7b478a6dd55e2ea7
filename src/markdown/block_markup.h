// goldmark's fixed markup for simple blocks and spans, and its rule for the closing line of a raw
// HTML block. Pure functions over md4c's types; thread-safe.
#ifndef KILN_MARKDOWN_BLOCK_MARKUP_H_
#define KILN_MARKDOWN_BLOCK_MARKUP_H_

#include <md4c.h>

#include <string_view>

namespace kiln::markdown {

// Blocks and spans whose markup is a fixed pair of strings.
struct FixedTags {
  const char* open;
  const char* close;
};

// Null for a type with other markup.
const FixedTags* FixedBlockTags(MD_BLOCKTYPE type);
const FixedTags* FixedSpanTags(MD_SPANTYPE type);

// goldmark omits the closing line of a multi-line HTML block of kinds 1–5 (script/pre/style/
// textarea, comment, processing instruction, declaration, CDATA) separately, so with
// unsafe=false such a block gives two "<!-- raw HTML omitted -->" lines.
bool HtmlBlockHasClosure(std::string_view block);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_BLOCK_MARKUP_H_
