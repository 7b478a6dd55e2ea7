// CodeHighlighter: the Markdown renderer's code-block hook backed by the syntax
// highlighter, as Hugo renders fenced code with [markup.highlight] codeFences on. Options
// written in the fence's info string (`go {linenos=table,hl_lines=2}`) override the site's.
//
// Immutable after construction; safe to use from many threads.
#ifndef KILN_HUGO_CODE_HIGHLIGHTER_H_
#define KILN_HUGO_CODE_HIGHLIGHTER_H_

#include <string>

#include "highlight/highlight.h"
#include "markdown/markdown.h"

namespace kiln::hugo {

class CodeHighlighter final : public markdown::CodeBlockRenderer {
 public:
  explicit CodeHighlighter(highlight::HighlightOptions options) : options_(std::move(options)) {}

  void Render(const markdown::CodeBlock& block, std::string* out) const override;

 private:
  highlight::HighlightOptions options_;
  markdown::HugoCodeBlockRenderer plain_;
  markdown::GoldmarkCodeBlockRenderer goldmark_;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_CODE_HIGHLIGHTER_H_
