// Markdown → HTML exactly as Hugo 0.111.3 renders it (goldmark 1.5.4 with Hugo's defaults).
//
// RenderMarkdown is a pure function of its inputs: it allocates its result, keeps no state
// between calls and may run on many threads at once. Options and the code-block renderer are
// borrowed for the duration of the call.
//
// Parsing is md4c 0.4.8 (Debian's libmd4c), a CommonMark-conformant push parser; the renderer on
// its callbacks is ours and writes goldmark's markup. md4c was chosen over a parser of our own
// because it already passes the CommonMark examples goldmark passes and is several times faster
// than goldmark; what goldmark adds on top (typographer, heading IDs and attributes, footnotes,
// raw-HTML omission per tag, Hugo's code-fence wrapper) is done in our renderer, working on the
// source positions md4c reports. See md4c_renderer.h for the known gaps.
#ifndef KILN_MARKDOWN_MARKDOWN_H_
#define KILN_MARKDOWN_MARKDOWN_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "markdown/anchorize.h"

namespace kiln::markdown {

// Every [markup.goldmark] and [markup.tableOfContents] key, with Hugo 0.111.3's defaults.
struct MarkdownOptions {
  // [markup.goldmark.extensions]
  bool definition_list = true;
  bool footnote = true;
  bool linkify = true;
  std::string linkify_protocol = "https";
  bool strikethrough = true;
  bool table = true;
  bool task_list = true;
  bool typographer = true;
  // [markup.goldmark.parser]
  bool auto_heading_id = true;
  HeadingIdType auto_heading_id_type = HeadingIdType::kGithub;
  bool wrap_standalone_image_within_paragraph = true;
  bool attribute_title = true;   // [markup.goldmark.parser.attribute] title
  bool attribute_block = false;  // [markup.goldmark.parser.attribute] block
  // [markup.goldmark.renderer]
  bool hard_wraps = false;
  bool unsafe = false;
  bool xhtml = false;
  // [markup.tableOfContents]
  int toc_start_level = 2;
  int toc_end_level = 3;
  bool toc_ordered = false;
  // Top-level summaryLength, used by the content helpers.
  int summary_length = 70;

  // Plain CommonMark as goldmark renders it with no extensions, unsafe and xhtml on: the mode
  // the CommonMark spec examples are written for.
  static MarkdownOptions CommonMark();
};

// Sets the option for one config key below [markup], spelled as in Hugo's config and matched
// case-insensitively: "goldmark.extensions.typographer", "tableOfContents.startLevel", … The
// top-level "summaryLength" is accepted too. value is the scalar's text: true/false, an
// integer, or a string. NotFound for a key that is not a Markdown option.
Status SetMarkdownOption(std::string_view key, std::string_view value, MarkdownOptions* options);

// A fenced code block as the parser saw it. Views point into the Markdown source or into the
// renderer's scratch space; valid only during CodeBlockRenderer::Render.
struct CodeBlock {
  std::string_view language;  // first word of the info string; empty if none
  std::string_view info;      // the whole info string, e.g. "go {linenos=table}"
  std::string_view code;      // the code, each line ending in '\n'
  int ordinal = 0;            // counts the document's fenced code blocks from 0
  std::string_view document;  // the Markdown source the block is in
  size_t fence_offset = 0;    // where its opening fence starts in document
};

// The line and column (from 1) of a code block's opening fence, counted on demand: only a
// render hook asks.
struct SourcePosition {
  int line = 0;
  int column = 0;
};
SourcePosition FencePosition(const CodeBlock& block);

// Turns a fenced code block into HTML. The highlighter implements this; the default
// (HugoCodeBlockRenderer) writes Hugo's markup for a language the highlighter does not know.
// Implementations must be thread-safe: one instance serves all pages.
class CodeBlockRenderer {
 public:
  virtual ~CodeBlockRenderer() = default;
  virtual void Render(const CodeBlock& block, std::string* out) const = 0;
};

// `<pre tabindex="0"><code class="language-x" data-lang="x">…</code></pre>`, or
// `<pre tabindex="0"><code>…</code></pre>` without a language.
class HugoCodeBlockRenderer : public CodeBlockRenderer {
 public:
  void Render(const CodeBlock& block, std::string* out) const override;
};

// goldmark's own `<pre><code class="language-x">…</code></pre>\n` (CommonMark mode).
class GoldmarkCodeBlockRenderer : public CodeBlockRenderer {
 public:
  void Render(const CodeBlock& block, std::string* out) const override;
};

// What a link or image render hook sees. Views are valid during the call only.
struct LinkContext {
  // As written: Hugo passes goldmark's values before escapes and entities are resolved.
  std::string_view destination;
  std::string_view title;
  std::string_view text;        // the rendered inner HTML
  std::string_view plain_text;  // text without tags, entities decoded
  int ordinal = 0;              // images: counts the document's images from 0
  bool is_block = false;        // images: alone in a paragraph that is not wrapped in <p>
};

// What a heading render hook sees.
struct HeadingContext {
  int level = 0;
  std::string_view anchor;      // the heading's ID
  std::string_view text;        // the rendered inner HTML
  std::string_view plain_text;  // text without tags, entities decoded
  const std::vector<std::pair<std::string, std::string>>* attributes = nullptr;  // {…} block
};

// Hugo's render hooks (layouts/_default/_markup/render-{link,image,heading}.html): the renderer
// asks for each link, image and heading; a method returning false leaves goldmark's markup.
// An image hook sees the image's rendered inner HTML, which goldmark's own <img> (alt text
// only) does not need: HandlesImages says whether to render it. The table of contents keeps
// goldmark's markup of the headings whatever the hooks return. One instance serves one
// document at a time; the Hugo layer implements them with templates.
class RenderHooks {
 public:
  virtual ~RenderHooks() = default;
  virtual bool HandlesImages() const { return false; }
  virtual bool RenderLink(const LinkContext& link, std::string* out) const { return false; }
  virtual bool RenderImage(const LinkContext& image, std::string* out) const { return false; }
  virtual bool RenderHeading(const HeadingContext& heading, std::string* out) const {
    return false;
  }
};

struct Heading {
  int level = 0;
  std::string id;
  std::string html;  // the heading's inner HTML, as the table of contents shows it
};

struct RenderedDocument {
  std::string html;
  std::vector<Heading> headings;  // in document order
};

// Renders a whole document. code_renderer may be null: HugoCodeBlockRenderer is used. hooks
// may be null: no render hooks. Fails only on an internal parser error; any byte sequence is
// valid Markdown.
StatusOr<RenderedDocument> RenderMarkdown(std::string_view source, const MarkdownOptions& options,
                                          const CodeBlockRenderer* code_renderer = nullptr,
                                          const RenderHooks* hooks = nullptr);

// markdownify: renders source and, when the result is a single paragraph, strips its <p>…</p>.
StatusOr<std::string> RenderInline(std::string_view source, const MarkdownOptions& options);

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_MARKDOWN_H_
