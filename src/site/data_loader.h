// Loads the `data/` directories into the `.Site.Data` tree: `data/a/b.yaml` becomes
// Data.a.b. TOML, YAML and JSON files are decoded; other files are ignored. A file in an
// earlier (higher-priority) directory replaces the same path in a later one, and keys of
// a file's map merge with a directory of the same name, the file winning.
// Pure over a borrowed FileSystem; single-threaded.
#ifndef KILN_SITE_DATA_LOADER_H_
#define KILN_SITE_DATA_LOADER_H_

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "value/value.h"

namespace kiln {

StatusOr<Value> LoadDataDirs(const FileSystem& fs, const std::vector<std::string>& dirs);

}  // namespace kiln

#endif  // KILN_SITE_DATA_LOADER_H_
