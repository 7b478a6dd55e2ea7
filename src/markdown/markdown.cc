#include "markdown/markdown.h"

#include "markdown/content_helpers.h"
#include "markdown/definition_lists.h"
#include "markdown/gfm_fixups.h"
#include "markdown/renderer.h"
#include "markdown/source_scan.h"

namespace kiln::markdown {
namespace {

// goldmark's footnote list, appended after the document: every referenced note by number,
// its backlinks inside its last paragraph when it ends with one.
Status AppendFootnoteList(const MarkdownOptions& options, const CodeBlockRenderer* code_renderer,
                          const RenderHooks* hooks, DocumentState* state, std::string* out) {
  // Rendering a note may reference further notes, so walk by number until none is left.
  std::vector<const FootnoteDefinition*> notes = state->footnotes.Referenced();
  if (notes.empty()) return Status();
  out->append("<div class=\"footnotes\" role=\"doc-endnotes\">\n");
  out->append(options.xhtml ? "<hr />\n<ol>\n" : "<hr>\n<ol>\n");
  for (size_t i = 0; i < notes.size(); ++i) {
    const FootnoteDefinition* note = notes[i];
    out->append("<li id=\"fn:").append(std::to_string(note->index)).append("\">\n");
    std::string body;
    bool ends_with_paragraph = false;
    RETURN_IF_ERROR(RenderBlocks(note->body, options, code_renderer, state,
                                 BlockContext{false, &ends_with_paragraph, hooks}, &body));
    notes = state->footnotes.Referenced();
    note = notes[i];
    std::string backlinks;
    AppendFootnoteBacklinks(*note, &backlinks);
    constexpr std::string_view kParagraphEnd = "</p>\n";
    if (ends_with_paragraph && body.size() >= kParagraphEnd.size()) {
      body.insert(body.size() - kParagraphEnd.size(), backlinks);
    } else {
      body.append(backlinks);
    }
    out->append(body).append("</li>\n");
  }
  out->append("</ol>\n</div>\n");
  return Status();
}

// Renders each definition list and puts it where its marker paragraph came out in html.
Status InsertDefinitionLists(const DefinitionLists& lists, const MarkdownOptions& options,
                             const CodeBlockRenderer* code_renderer, const RenderHooks* hooks,
                             DocumentState* state, std::string* html) {
  for (size_t n = 0; n < lists.lists.size(); ++n) {
    std::string dl = "<dl>\n";
    for (const DefinitionListItem& item : lists.lists[n]) {
      dl.append(item.term ? "<dt>" : item.tight ? "<dd>" : "<dd>\n");
      // The items are rendered apart from the document, so they get its link definitions.
      std::string source = item.markdown;
      if (!lists.link_definitions.empty()) source.append("\n").append(lists.link_definitions);
      RETURN_IF_ERROR(RenderBlocks(source, options, code_renderer, state,
                                   BlockContext{item.term || item.tight, nullptr, hooks}, &dl));
      dl.append(item.term ? "</dt>\n" : "</dd>\n");
    }
    dl.append("</dl>\n");
    for (const std::string& marker :
         {DefinitionListMarkerHtml(n), ContainedDefinitionListMarkerHtml(n)}) {
      if (size_t at = html->find(marker); at != std::string::npos) {
        html->replace(at, marker.size(), dl);
        break;
      }
    }
  }
  return Status();
}

}  // namespace

MarkdownOptions MarkdownOptions::CommonMark() {
  MarkdownOptions o;
  o.definition_list = o.footnote = o.linkify = o.strikethrough = o.table = o.task_list =
      o.typographer = false;
  o.auto_heading_id = false;
  o.attribute_title = false;
  o.unsafe = true;
  o.xhtml = true;
  return o;
}

StatusOr<RenderedDocument> RenderMarkdown(std::string_view source, const MarkdownOptions& options,
                                          const CodeBlockRenderer* code_renderer,
                                          const RenderHooks* hooks) {
  static const HugoCodeBlockRenderer kDefaultCodeRenderer;
  if (code_renderer == nullptr) code_renderer = &kDefaultCodeRenderer;
  const SourceFeatures features = ScanSourceFeatures(source);
  std::optional<std::string> fixed = ApplyGfmFixups(
      source, options.table && features.table_delimiter, options.task_list && features.task_marker);
  if (fixed.has_value()) source = *fixed;
  std::vector<FootnoteDefinition> defs;
  std::string without_defs;
  if (options.footnote && features.footnote_mark) {
    without_defs = ExtractFootnotes(source, &defs);
    source = without_defs;
  }
  DefinitionLists lists;
  if (options.definition_list && features.definition_colon && MayHoldDefinitionList(source)) {
    lists = ExtractDefinitionLists(source);
    source = lists.source;
  }
  std::optional<BlockAttributeLines> attribute_lines;
  if (options.attribute_block) {
    attribute_lines = ExtractBlockAttributes(source);
    if (attribute_lines.has_value()) source = attribute_lines->source;
  }
  DocumentState state(options.auto_heading_id_type, std::move(defs));
  state.may_hold_textarea = features.textarea;
  RenderedDocument doc;
  RETURN_IF_ERROR(RenderBlocks(
      source, options, code_renderer, &state,
      BlockContext{false, nullptr, hooks,
                   attribute_lines.has_value() ? &attribute_lines->attributes : nullptr},
      &doc.html));
  RETURN_IF_ERROR(InsertDefinitionLists(lists, options, code_renderer, hooks, &state, &doc.html));
  RETURN_IF_ERROR(AppendFootnoteList(options, code_renderer, hooks, &state, &doc.html));
  doc.headings = std::move(state.headings);
  return doc;
}

StatusOr<std::string> RenderInline(std::string_view source, const MarkdownOptions& options) {
  ASSIGN_OR_RETURN(RenderedDocument doc, RenderMarkdown(source, options));
  return TrimShortHtml(doc.html);
}

}  // namespace kiln::markdown
