// `kiln new site DIR`: the skeleton `hugo new site` creates (archetypes/default.md, a
// config file in the chosen format, and the empty assets, content, data, layouts, public,
// static and themes directories). Stateless; thread-safe as long as the FileSystem is.
#ifndef KILN_CLI_NEW_SITE_H_
#define KILN_CLI_NEW_SITE_H_

#include <string>

#include "base/file_system.h"
#include "base/status.h"
#include "value/decode.h"

namespace kiln {

// Fails with kAlreadyExists when `dir` exists and is not empty.
Status CreateSiteSkeleton(FileSystem& fs, const std::string& dir, DataFormat config_format);

}  // namespace kiln

#endif  // KILN_CLI_NEW_SITE_H_
