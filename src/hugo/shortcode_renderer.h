// Renders a page's shortcode calls with the site's templates, in the two steps Hugo 0.111.3
// takes: before Markdown, the page source gets the output of each top-level {{% %}} call
// and a placeholder for each {{< >}} call; after Markdown, each placeholder is replaced by
// its call's output (and a paragraph holding nothing but a placeholder by the bare output).
//
// Templates see a ShortcodeObject as dot (.Get, .Params, .Inner, .Parent, .Ordinal, …) and,
// as .Page, the page without its content: a shortcode cannot read the content it is part
// of, so .Content and its kin are empty and .TableOfContents is a placeholder filled in
// after Markdown, as in Hugo.
//
// A ShortcodeRenderer borrows everything in its context and lives for one page render on
// one thread.
#ifndef KILN_HUGO_SHORTCODE_RENDERER_H_
#define KILN_HUGO_SHORTCODE_RENDERER_H_

#include <map>
#include <string>
#include <string_view>

#include "base/status.h"
#include "content/content_tree.h"
#include "content/page.h"
#include "hugo/shortcode_parser.h"
#include "markdown/markdown.h"
#include "value/value.h"

namespace kiln::hugo {

class ShortcodeTemplates;

struct ShortcodeContext {
  const ShortcodeTemplates* templates = nullptr;
  const Object* page = nullptr;  // the page whose content is rendered
  const markdown::MarkdownOptions* markdown = nullptr;
  const markdown::CodeBlockRenderer* code = nullptr;  // may be null
  const markdown::RenderHooks* hooks = nullptr;       // may be null
  std::string file;                                   // the content file as messages name it
  std::string filesystem_path;                        // as .Position names it
  std::string_view body;                              // the page body the calls' offsets refer to
  int line_offset = 0;                                // lines of the file before the body
  // For .Ref and .RelRef: the site's pages, the calls' page, the origin of permalinks.
  const ContentTree* content = nullptr;
  const Page* source = nullptr;
  std::string url_origin;
};

// The shortcode calls in `page`'s content. Fails with the content file's position and
// Hugo's wording.
StatusOr<ShortcodeDocument> ParsePageShortcodes(const Page& page,
                                                const ShortcodeTemplates& templates);

// Replaces the emoji codes in the document's text, nested calls' inner text too, as Hugo
// does with enableEmoji.
void EmojifyShortcodeText(ShortcodeDocument* doc);

// The placeholder Hugo puts in the Markdown source for top-level call `ordinal`.
std::string ShortcodePlaceholder(int ordinal);

class ShortcodeRenderer {
 public:
  ShortcodeRenderer(const ShortcodeDocument* doc, ShortcodeContext context);

  // The Markdown source: text, {{% %}} outputs, placeholders for {{< >}} calls.
  StatusOr<std::string> MarkdownSource();
  // `html` with every placeholder replaced; `toc` fills the .TableOfContents placeholder.
  StatusOr<std::string> ExpandPlaceholders(std::string html, std::string_view toc);

 private:
  StatusOr<std::string> RenderTopLevel(const Shortcode& call);
  StatusOr<std::string> Render(const Shortcode& call, const Value& parent);
  // Records, in source order, the template text each inline call runs: its own inner
  // text, or for a self-closing call the latest earlier definition of its name.
  void CollectInlineTexts(const std::vector<ShortcodePart>& parts,
                          std::map<std::string, std::string, std::less<>>* latest);

  const ShortcodeDocument* doc_;
  ShortcodeContext context_;
  std::map<const Shortcode*, std::string> inline_texts_;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SHORTCODE_RENDERER_H_
