#include "template/escaper.h"

namespace kiln::tmpl {

Status Escaper::EscapeEntry(std::string_view name) {
  return UnimplementedError("html escaping");
}

}  // namespace kiln::tmpl
