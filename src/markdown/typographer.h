// goldmark's typographer extension: smart quotes, apostrophes, dashes, ellipses and angle quotes,
// decided from the characters around each one in the Markdown source.
//
// A Typographer holds the open-quote counters of one source: goldmark 1.5.4 never resets them
// within a document (its typographer's CloseBlock does not have the signature the parser calls),
// so a quote opened in one block may close in a later one. It borrows the source and is not
// thread-safe.
#ifndef KILN_MARKDOWN_TYPOGRAPHER_H_
#define KILN_MARKDOWN_TYPOGRAPHER_H_

#include <string>
#include <string_view>

namespace kiln::markdown {

class Typographer {
 public:
  explicit Typographer(std::string_view source) : source_(source) {}

  // Appends source[begin, end) HTML-escaped, with typographic substitutions. Context (the
  // character before, the rest of the line after) comes from the whole source.
  void Append(size_t begin, size_t end, std::string* out);

  // The source position just past the last substitution Append made (0 before any): goldmark
  // tries its inline parsers, linkify among them, afresh right after one.
  size_t substitution_end() const { return substitution_end_; }

 private:
  // Returns the number of source bytes consumed at pos (0 if none) and the entity to write.
  size_t Substitute(size_t pos, size_t end, const char** entity);

  std::string_view source_;
  int open_single_ = 0;
  int open_double_ = 0;
  size_t substitution_end_ = 0;
  // The end of the line (past its '\n') holding the last position looked at.
  size_t eol_query_ = std::string_view::npos;
  size_t eol_ = 0;
  size_t line_end_ = 0;  // eol_ less the trailing space goldmark trims, if any
};

}  // namespace kiln::markdown

#endif  // KILN_MARKDOWN_TYPOGRAPHER_H_
