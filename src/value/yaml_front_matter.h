// YAML front matter as Hugo decodes it: like DecodeYaml, except that the top-level keys
// keep their text as written (`yes: x` is the key "yes", `1: x` the key "1", a null key
// the empty string), because Hugo decodes front matter into a map of string keys, while
// nested maps (and data files and config) turn keys into strings through their values
// (`yes` → "true"). Thread-safe; keeps no state.
#ifndef KILN_VALUE_YAML_FRONT_MATTER_H_
#define KILN_VALUE_YAML_FRONT_MATTER_H_

#include <string_view>

#include "base/status.h"
#include "value/value.h"

namespace kiln {

// Same contract as DecodeYaml (value/decode.h).
StatusOr<Value> DecodeYamlFrontMatter(std::string_view text, std::string_view file, int first_line);

}  // namespace kiln

#endif  // KILN_VALUE_YAML_FRONT_MATTER_H_
