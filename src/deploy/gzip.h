// Gzip for the deploy module: deterministic compression of objects a matcher marks `gzip` (so
// the same file gives the same bytes and MD5 from one deploy to the next) and of kiln's deploy
// manifest, and decompression of that manifest. Stateless and thread-safe.
#ifndef KILN_DEPLOY_GZIP_H_
#define KILN_DEPLOY_GZIP_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::deploy {

// A gzip stream with mtime 0 and no file name. `level` is zlib's, 1 (fastest) to 9 (smallest).
std::string GzipDeterministic(std::string_view data, int level = 9);

// Whether `data` starts with the gzip magic bytes.
bool IsGzip(std::string_view data);

// The data a gzip stream holds; an error if it is not a whole, valid stream.
StatusOr<std::string> Gunzip(std::string_view data);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_GZIP_H_
