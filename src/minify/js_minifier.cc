#include "minify/js_minifier.h"

#include <memory>

#include "minify/js_ast.h"
#include "minify/js_parser.h"
#include "minify/js_printer.h"

namespace kiln::minify {

StatusOr<std::string> MinifyJs(std::string_view js) {
  ASSIGN_OR_RETURN(std::unique_ptr<JsAst> ast, ParseJs(js));
  return JsPrinter(ast.get()).Run();
}

}  // namespace kiln::minify
