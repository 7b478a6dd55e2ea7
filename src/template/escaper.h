// html/template's contextual autoescaper: walks a template's tree tracking the HTML, CSS,
// JS and URL context each action lands in, and appends the matching escaping functions to
// each action's pipeline, as Go's html/template does. Templates called from a context other
// than their own start are escaped as context-specific copies.
//
// An Escaper mutates the TemplateSet it was given (replacing trees with escaped ones); use
// it only while the set is being built, on one thread.
#ifndef KILN_TEMPLATE_ESCAPER_H_
#define KILN_TEMPLATE_ESCAPER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kiln::tmpl {

class TemplateSet;

class Escaper {
 public:
  explicit Escaper(TemplateSet* set) : set_(set) {}
  Status EscapeEntry(std::string_view name);
  const std::vector<std::string>& escaped_names() const { return escaped_names_; }

 private:
  TemplateSet* set_;
  std::vector<std::string> escaped_names_;
};

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_ESCAPER_H_
