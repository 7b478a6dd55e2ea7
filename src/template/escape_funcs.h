// The escaping functions html/template inserts into pipelines ("_html_template_htmlescaper",
// "_html_template_urlfilter", ...), each turning its arguments into text that is safe in
// one context, and passing through the typed safe strings (template.HTML, ...) Go passes.
// Stateless; thread-safe.
#ifndef KILN_TEMPLATE_ESCAPE_FUNCS_H_
#define KILN_TEMPLATE_ESCAPE_FUNCS_H_

#include <string_view>

#include "template/functions.h"

namespace kiln::tmpl {

// The escaper registered under `name`, or nullptr.
const Function* FindEscapeFunction(std::string_view name);

}  // namespace kiln::tmpl

#endif  // KILN_TEMPLATE_ESCAPE_FUNCS_H_
