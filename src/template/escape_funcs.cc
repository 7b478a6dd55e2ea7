#include "template/escape_funcs.h"

namespace kiln::tmpl {

const Function* FindEscapeFunction(std::string_view name) { return nullptr; }

}  // namespace kiln::tmpl
