// The effective configuration as `hugo config` (0.111) prints it: one `key = value` line per
// top-level key, sorted (`key: value` when the config file is YAML or JSON); strings in
// plain quotes, everything else in Go's %v form (`map[a:1 b:[x y]]`, `<nil>`, Go's time
// and float forms). Pure; thread-safe.
#ifndef KILN_CONFIG_CONFIG_PRINTER_H_
#define KILN_CONFIG_CONFIG_PRINTER_H_

#include <string>

#include "config/site_config.h"

namespace kiln {

std::string PrintConfig(const SiteConfig& config);

// Go's %v of a config value (exposed for tests).
std::string GoConfigValueString(const Value& v);

}  // namespace kiln

#endif  // KILN_CONFIG_CONFIG_PRINTER_H_
