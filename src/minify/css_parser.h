// The CSS grammar layer under the minifier: turns tokens into a stream of grammar events
// (at-rules, rulesets, declarations, custom properties, stray tokens) the way tdewolff/parse 2.6
// does, with its recovery from malformed input, so that what we keep and drop matches hugo.
//
// A CssParser borrows its input for its lifetime. The data and values of an event stay valid
// until the next call to Next(). Not thread-safe.
#ifndef KILN_MINIFY_CSS_PARSER_H_
#define KILN_MINIFY_CSS_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "minify/css_lexer.h"

namespace kiln::minify {

enum class CssGrammar {
  kError,  // the end of input, or a malformed part (HasParseError() tells)
  kComment,
  kAtRule,       // "@import url(x);": data is the keyword, values the prelude
  kBeginAtRule,  // "@media print {"
  kEndAtRule,
  kQualifiedRule,  // one selector of a list, ending at a comma
  kBeginRuleset,   // the last selector, ending at "{"
  kEndRuleset,
  kDeclaration,  // data is the lower-cased property, values the value tokens
  kToken,        // a token kept as it is (inside unknown at-rule blocks, CDO/CDC)
  kCustomProperty,
};

struct CssValue {
  CssToken type;
  std::string_view data;
};

class CssParser {
 public:
  // `is_inline` parses a style attribute: a declaration list without braces.
  CssParser(std::string_view text, bool is_inline);

  CssGrammar Next(CssToken* type, std::string_view* data);
  // The tokens of the last event (see CssGrammar); whitespace inside them is normalised to
  // single " " tokens where it matters.
  const std::vector<CssValue>& values() const { return buf_; }
  // Whether the last kError event was a parse error (and not the end of input).
  bool HasParseError() const { return has_error_; }

 private:
  enum class State {
    kStylesheet,
    kDeclarationList,
    kAtRuleRuleList,
    kAtRuleDeclarationList,
    kAtRuleUnknown,
    kQualifiedRuleDeclarationList,
  };

  CssGrammar Dispatch();
  CssToken PopToken(bool allow_comment, std::string_view* data);
  void Push(CssToken type, std::string_view data) { buf_.push_back({type, data}); }
  void TrackLevel(CssToken type);
  void PopState() { state_.pop_back(); }

  CssGrammar ParseStylesheet();
  CssGrammar ParseDeclarationList();
  CssGrammar ParseAtRule();
  CssGrammar ParseAtRuleRuleList();
  CssGrammar ParseAtRuleDeclarationList();
  CssGrammar ParseAtRuleUnknown();
  CssGrammar ParseQualifiedRule();
  CssGrammar ParseQualifiedRuleDeclarationList();
  CssGrammar ParseDeclaration();
  CssGrammar ParseDeclarationError(CssToken type, std::string_view data);
  CssGrammar ParseCustomProperty();

  CssLexer lexer_;
  std::vector<State> state_;
  bool has_error_ = false;
  std::vector<CssValue> buf_;
  int level_ = 0;  // bracket depth, shared by all states as in the original

  CssToken tt_ = CssToken::kError;
  std::string_view data_;
  std::string owned_;   // data_ when it had to change (lower-cased, IE hack joined)
  std::string custom_;  // the raw value of a custom property
  bool keep_ws_ = false;
  bool prev_ws_ = false;
  bool prev_end_ = false;
  bool prev_comment_ = false;
};

}  // namespace kiln::minify

#endif  // KILN_MINIFY_CSS_PARSER_H_
