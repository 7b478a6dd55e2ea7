// HUGO_* environment overrides, applied as Hugo 0.111 applies them: the character after
// "HUGO" is the path delimiter (`HUGO_PARAMS_FOO`, or `HUGOxPARAMSxFOO` where `_` is
// awkward), the key path is lower-cased, and a value replacing an existing setting is
// converted to that setting's type (bool, number, map, list; a value that does not convert
// is ignored, as Hugo ignores it). A new key is stored as a string. Pure; thread-safe.
#ifndef KILN_CONFIG_ENV_OVERRIDES_H_
#define KILN_CONFIG_ENV_OVERRIDES_H_

#include <map>
#include <string>

#include "value/value.h"

namespace kiln {

Value ApplyEnvOverrides(const Value& tree, const std::map<std::string, std::string>& env);

}  // namespace kiln

#endif  // KILN_CONFIG_ENV_OVERRIDES_H_
