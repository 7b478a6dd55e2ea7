// Encodes a Value as Go's encoding/json does (Hugo's jsonify): map keys sorted, floats
// in Go's shortest form, <, > and & escaped unless disabled, and MarshalIndent's layout
// when an indent or prefix is given. A pure function.
#ifndef KILN_HUGO_FUNCS_JSON_ENCODE_H_
#define KILN_HUGO_FUNCS_JSON_ENCODE_H_

#include <string>

#include "value/value.h"

namespace kiln::funcs {

struct JsonOptions {
  std::string prefix;
  std::string indent;
  bool escape_html = true;
};

StatusOr<std::string> EncodeJson(const Value& v, const JsonOptions& options);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_JSON_ENCODE_H_
