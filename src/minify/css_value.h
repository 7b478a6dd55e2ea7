// The value model of the CSS minifier: a declaration's value as a flat list of tokens where a
// function carries its arguments, with the lower-cased keyword of identifiers and functions the
// minifier recognises. Internal to the CSS minifier (css_*.cc).
#ifndef KILN_MINIFY_CSS_VALUE_H_
#define KILN_MINIFY_CSS_VALUE_H_

#include <string>
#include <string_view>
#include <vector>

#include "minify/css_lexer.h"

namespace kiln::minify {

struct CssItem {
  CssToken type = CssToken::kError;
  std::string data;           // a function's data is its name with "(", without arguments
  std::vector<CssItem> args;  // a function's arguments, separators included
  std::string_view fun;       // a function's recognised lower-case name, else empty
  std::string_view ident;     // an identifier's recognised lower-case name, else empty

  // Same type and text, and the same arguments' types and texts one level down.
  bool Equal(const CssItem& other) const;
  // A number, percentage or dimension equal to zero (values are already shortened).
  bool IsZero() const;
  bool IsLength() const;
  bool IsLengthPercentage() const { return type == CssToken::kPercentage || IsLength(); }
  bool IsDelim(char c) const { return type == CssToken::kDelim && !data.empty() && data[0] == c; }
};

CssItem MakeCssItem(CssToken type, std::string_view data);

// Color shortening: names to shorter hex codes, hex codes to shorter forms or names.
CssItem MinifyCssColor(CssItem value);
// The shortest color token for r, g, b in [0, 1].
CssItem CssColorFromRgb(double r, double g, double b);

// Property-specific rewriting (margin shorthands, font, background, ...) of a value whose tokens
// are already shortened. `prop` is the lower-case property name.
void MinifyCssProperty(std::string_view prop, std::vector<CssItem>& values);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_CSS_VALUE_H_
