// The md4c-driven renderer behind RenderBlocks (internal to the markdown module).
//
// md4c reports blocks, spans and text with pointers into the source; Md4cRenderer turns them
// into goldmark's markup in one pass over one output buffer. Where goldmark decides from source
// text (heading IDs come from the raw heading line, the typographer looks at neighbouring source
// characters) it reads the source at the positions md4c hands it.
//
// Footnote definitions and definition lists are taken out of the source before md4c sees it
// (footnotes.h, definition_lists.h); linkify, footnote references, the typographer and
// strikethrough's "~~" rule are applied to the text md4c reports; attribute lines
// ([markup.goldmark.parser.attribute] block) and a few GFM constructs are prepared in the
// source (gfm_fixups.h). Known gaps against goldmark 1.5.4 are listed in
// testdata/markdown/known-failures.txt.
//
// The class is defined over four files: renderer.cc (md4c's block, span and text callbacks),
// renderer_text.cc (text: linkify, footnote references, typographer, entities),
// renderer_blocks.cc (headings, code blocks, table rows) and renderer_hooks.cc (render hooks).
// One instance renders one source once; it borrows everything it is given. Not thread-safe.
#ifndef KILN_MARKDOWN_MD4C_RENDERER_H_
#define KILN_MARKDOWN_MD4C_RENDERER_H_

#include <md4c.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "markdown/heading_attributes.h"
#include "markdown/hook_text.h"
#include "markdown/linkify.h"
#include "markdown/markdown.h"
#include "markdown/renderer.h"
#include "markdown/typographer.h"

namespace kiln::markdown {

class Md4cRenderer {
 public:
  Md4cRenderer(std::string_view source, const MarkdownOptions& options,
               const CodeBlockRenderer* code_renderer, DocumentState* state, bool tight,
               const RenderHooks* hooks,
               const std::map<size_t, HeadingAttributes>* block_attributes, std::string* out)
      : source_(source),
        options_(options),
        code_renderer_(code_renderer),
        hooks_(hooks),
        image_hooks_(hooks != nullptr && hooks->HandlesImages()),
        block_attributes_(block_attributes),
        state_(state),
        tight_(tight),
        out_(out),
        typographer_(source) {}

  bool ends_with_paragraph() const { return ends_with_paragraph_; }

  Status Run();

 private:
  struct HookedLink {
    size_t start;             // where its markup begins in the output
    size_t text_start;        // where its text begins
    std::string destination;  // resolved, for goldmark's markup
    std::string title;
    std::string written_destination;  // as written, for the hook
    std::string written_title;
  };
  struct PendingImage {
    HookedLink link;
    std::string text;  // its inner HTML
    int ordinal;
  };

  // Container state goldmark's list-item rendering depends on.
  struct ListItem {
    bool tight;
  };

  bool InSource(const char* p) const {
    return p >= source_.data() && p <= source_.data() + source_.size();
  }
  // md4c parses a copy of the source when TextareaBlocksAsPre rewrote it; a pointer into the
  // copy is moved to the same offset of the original.
  const char* Original(const char* p) const {
    if (p == nullptr || p < parsed_ || p > parsed_ + source_.size()) return p;
    return source_.data() + (p - parsed_);
  }

  // goldmark writes "<li>" then "\n" unless the first child is a tight paragraph's text, and a
  // "\n" after such text when a block follows it. Called before every child block starts.
  void BeforeChildBlock();
  void BeforeInline();
  int EnterBlock(MD_BLOCKTYPE type, void* detail);
  int LeaveBlock(MD_BLOCKTYPE type, void* detail);

  // Writes the attributes of an attribute line after the top-level block just closed into its
  // opening tag. goldmark then writes a blockquote's first child on the same line.
  void ApplyBlockAttributes(MD_BLOCKTYPE type);
  // The link just opened is an autolink whose scheme CommonMark rejects ("</x:y>", "<1a:b>"),
  // which md4c 0.4.8 takes and goldmark writes as text: its markup becomes "&lt;", and its
  // end "&gt;".
  void DemoteAutolink();
  void PushList(bool tight);
  int EnterSpan(MD_SPANTYPE type, void* detail);
  int LeaveSpan(MD_SPANTYPE type, void* detail);
  int Text(MD_TEXTTYPE type, std::string_view text);

  // Writes source[begin, end) as text: linkified, typographer-substituted, escaped.
  void AppendText(size_t begin, size_t end);
  void AppendLinkified(size_t begin, size_t end);
  // Whether the byte before pos may end a typographic substitution, after which goldmark
  // tries linkify as at the start of a line.
  bool MayFollowSubstitution(size_t pos) const;

  // Whether an e-mail address may start at pos: its local-part run must end at an '@' and not
  // be one already tried. The run is cached, as every position inside it shares the answer.
  bool EmailMayStart(size_t pos, size_t eol);

  // Whether source[begin, end) can hold the start of a linkified URL or e-mail address: a URL
  // needs "://" or "www.", an address an '@' later on the line.
  bool MayLinkify(size_t begin, size_t end);

  // The end of the line holding pos, and the first '@' at or after pos. Cached, because text
  // arrives in source order and a line holds many pieces of text.
  size_t LineEnd(size_t pos);
  // The first `needle` at or after pos, or the source size. memchr looks for the needle's
  // byte at `anchor`, chosen rare ('^' of "[^", '.' of "www."): it runs many times faster
  // than memmem, and string_view::find would stop at every common first byte.
  size_t Find(size_t pos, std::string_view needle, size_t anchor) const;

  // The first "[^" at or after pos.
  size_t NextFootnoteMark(size_t pos);

  // The first ':' or "www." at or after pos; each cached apart, so a search never repeats.
  size_t NextUrlMark(size_t pos);
  size_t NextAt(size_t pos);
  void AppendPlain(size_t begin, size_t end);
  // goldmark tries raw HTML at "<<" first and, that failing, its typographer takes the pair
  // as "«" and goes on with the text after it; md4c instead finds raw HTML at the second '<'.
  // Writes such a span `text` as that text (its closing '>' and a '>' after it make "»");
  // false, writing nothing, when `text` is not one.
  bool AppendAngleQuotedHtml(std::string_view text);
  void AppendAutoLink(std::string_view label, LinkifyKind kind);

  // goldmark pads a short table row with cells that carry no alignment; md4c aligns them. The
  // row's source line (found from its last text) tells how many cells were written.
  void UnalignPaddingCells();

  // goldmark strikes through only with "~~"; md4c also takes a single '~'. Decided at the
  // struck text's first character: a lone '~' before it turns <del> back into text.
  void CheckStrike(const char* first);

  // With linkify on, goldmark splits text at spaces, and of a run of k ≥ 4 trailing spaces
  // before a hard break only the last three are dropped.
  void AppendKeptSpacesBeforeBreak();

  // A link or image starting at the end of the output, for the hooks.
  HookedLink MakeHookedLink(const MD_ATTRIBUTE& destination, const MD_ATTRIBUTE& title);

  // Offers the link just written to the render hook; on acceptance its markup is replaced by
  // the hook's.
  void ApplyLinkHook();

  // An image's inner HTML is complete. goldmark tells the hook whether the image stands alone
  // in an unwrapped paragraph, which is known only when the paragraph or its next inline
  // starts: such an image waits in pending_image_.
  void FinishHookedImage();
  void FlushPendingImage(bool is_block);
  void EmitImage(const PendingImage& image, bool is_block);

  // goldmark's node text of output `html` written at `offset`, with hook output undone.
  std::string PlainTextAt(size_t offset, const std::string& html) const;

  // Replaces out_ from `start` on with a hook's output. Inside a heading or a link goldmark's
  // markup is remembered: the table of contents and an enclosing hook's plain text use it.
  void ReplaceWithHookOutput(size_t start, std::string replacement,
                             std::string_view node_text = {});

  // An entity reference as its character, escaped; an unknown name stays as written.
  void AppendEntity(std::string_view entity);

  // goldmark builds alt text from the raw text of the image's descendants, escaped.
  void AltText(MD_TEXTTYPE type, std::string_view text);

  // An attribute's text with entities decoded (md4c has already removed backslash escapes).
  static std::string AttributeText(const MD_ATTRIBUTE& attr);
  void AppendUrl(std::string_view url);
  void FinishHeading();

  // The heading's last source line without its markers, as goldmark feeds its ID generator.
  std::string_view RawHeadingText();

  // Hugo shows the info string as written, backslash escapes included; md4c unescapes it into
  // a copy, so then we find the opening fence in the source after the last text seen.
  std::string RawFenceInfo(const MD_BLOCK_CODE_DETAIL* d) const;

  // md4c hands a code line's indentation over as spaces of its own, where goldmark keeps
  // the source's tabs. Under a fence that starts its line, the line's whitespace is taken
  // back from the source when its width is that of md4c's spaces.
  void AppendCodeText(std::string_view text);

  // Writes the pending indentation: `source_ws` when given, else md4c's spaces.
  void FlushCodeIndent(std::string_view source_ws);

  // Where the opening fence is, for FencePosition: on the info string's line when md4c points
  // into the source, else the first fence run after the last text seen.
  void FindFence(const MD_BLOCK_CODE_DETAIL* d);
  void FinishCode();
  std::string_view source_;
  const char* parsed_ = nullptr;  // what md4c parses: source_ or a same-length rewrite of it
  const MarkdownOptions& options_;
  const CodeBlockRenderer* code_renderer_;
  const RenderHooks* hooks_;
  const bool image_hooks_;  // images are rendered for the hook, not as goldmark's <img>
  const std::map<size_t, HeadingAttributes>* block_attributes_;  // may be null
  size_t top_block_start_ = 0;  // where the open top-level block's markup begins
  DocumentState* state_;
  bool tight_;  // the next top-level paragraph goes without <p>
  bool tight_paragraph_open_ = false;
  std::string* out_;
  Typographer typographer_;
  int depth_ = 0;  // open blocks below the document
  bool ends_with_paragraph_ = false;
  std::vector<ListItem> lists_;
  std::vector<int> saved_depths_;
  int block_depth_in_li_ = 0;
  bool li_pending_ = false;
  bool inline_in_li_ = false;
  bool task_pending_ = false;
  bool task_checked_ = false;
  int heading_level_ = 0;
  size_t heading_start_ = 0;
  const char* heading_first_ = nullptr;
  const char* heading_last_ = nullptr;
  size_t closing_spaces_ = 0;
  bool in_code_block_ = false;
  bool code_fenced_ = false;
  std::string code_;
  std::string code_info_;
  size_t fence_offset_ = 0;
  size_t pending_indent_ = 0;  // md4c's indentation spaces not yet written to code_
  bool in_html_block_ = false;
  std::string html_block_;
  size_t last_pos_ = 0;       // end of the furthest source text reported so far
  size_t linkified_end_ = 0;  // source offset up to which a linkified URL consumed the text
  size_t line_query_ = std::string_view::npos, line_end_ = 0;     // LineEnd's cache
  size_t at_query_ = std::string_view::npos, next_at_ = 0;        // NextAt's cache
  size_t colon_query_ = std::string_view::npos, next_colon_ = 0;  // NextUrlMark's caches
  size_t www_query_ = std::string_view::npos, next_www_ = 0;
  size_t caret_query_ = std::string_view::npos, next_caret_ = 0;  // NextFootnoteMark's cache
  size_t email_run_start_ = 0, email_run_end_ = 0;                // EmailMayStart's cache
  bool failed_email_run_ = false;
  int suppressed_spans_ = 0;
  int link_depth_ = 0;
  // A link opened right after a '<' without a valid scheme: an autolink, and to be demoted, when
  // md4c hands over its first text at the URI's own bytes (a link's text lies elsewhere).
  struct AutolinkCheck {
    size_t out_start;  // where the link's markup begins in the output
    const char* uri;   // the destination in the source
  };
  std::optional<AutolinkCheck> autolink_check_;
  bool demoted_autolink_ = false;

  std::vector<HookedLink> hooked_links_;  // open links and images, when there are hooks
  int hooked_images_ = 0;                 // open images whose inner HTML is being rendered
  std::optional<PendingImage> pending_image_;
  // Hook output inside the open heading or hooked links, cleared when neither is open.
  std::vector<HookEdit> hook_edits_;

  struct Strike {
    size_t out_pos;  // where its "<del>" was written
    bool checked;
    bool single;
  };
  std::vector<Strike> dels_;
  bool cell_open_ = false;
  std::vector<size_t> cell_starts_;  // output offsets just past "<td" / "<th" in this row
  bool row_aligned_ = false;         // a cell of this row has an alignment
  size_t row_start_pos_ = 0;
  size_t paragraph_start_ = 0;
  int paragraph_images_ = 0;
  bool paragraph_other_ = false;
  int alt_depth_ = 0;
  bool img_has_title_ = false;
  std::string img_title_;
};

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_MD4C_RENDERER_H_
