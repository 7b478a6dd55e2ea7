// JsRenamer: gives the variables a scope declares the short names hugo's minifier
// (tdewolff/minify 2.12.4) gives them: by how often each is used (the function's parameters
// keep their order), the first getting "e", then "t", "n", "s"… in upstream's
// character-frequency order, two letters after 54 names, skipping keywords and the names of
// the outer and global variables the scope uses.
//
// Renames in place (JsVar::data). Not thread-safe.
#ifndef KILN_MINIFY_JS_RENAMER_H_
#define KILN_MINIFY_JS_RENAMER_H_

#include <string>

#include "minify/js_scope.h"

namespace kiln::minify {

class JsRenamer {
 public:
  void RenameScope(JsScope* scope) const;

  // The order of a name's first letter in the frequency table (0 for other characters).
  static int IdentOrder(char c);

  bool rename = true;  // false inside a function that uses `with`

 private:
  static std::string NameAt(int index);
  static bool IsReserved(const std::string& name, const JsScope* scope);
};

}  // namespace kiln::minify

#endif  // KILN_MINIFY_JS_RENAMER_H_
