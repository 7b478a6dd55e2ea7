// goldmark's fixed markup for simple blocks and spans, and its rule for the closing line of a raw
// HTML block. Pure functions over md4c's types; thread-safe.
#ifndef KILN_MARKDOWN_BLOCK_MARKUP_H_
#define KILN_MARKDOWN_BLOCK_MARKUP_H_

#include <md4c.h>

#include <optional>
#include <string>
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

// md4c 0.4.8 knows <script>, <pre> and <style> as the raw-text HTML blocks (kind 1) that blank
// lines do not end; goldmark, after CommonMark 0.30, knows <textarea> too. For md4c to parse
// such a block, this returns a copy of source of the same length in which a "<textarea" that
// starts a line (after indentation and container marks) reads "<pre ----" and the first end
// tag after it, if "</textarea>", reads "</pre>-----" (not spaces: md4c trims those); nullopt
// when there is none. Offsets are the same in both, so the renderer takes the text md4c
// reports from the original.
std::optional<std::string> TextareaBlocksAsPre(std::string_view source);

// Whether s starts with "<textarea", in any case.
bool StartsTextareaTag(std::string_view s);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_BLOCK_MARKUP_H_
