// The template view of a page's source.GitInfo: the newest commit of its file with
// enableGitInfo, else a zero GitInfo that templates take as false. Immutable; thread-safe.
#ifndef KILN_HUGO_GIT_INFO_OBJECT_H_
#define KILN_HUGO_GIT_INFO_OBJECT_H_

#include <optional>

#include "content/git_info.h"
#include "value/value.h"

namespace kiln::hugo {

// `.GitInfo` of a page whose file has `info` (nullopt: not in git, or enableGitInfo off).
Value GitInfoValue(const std::optional<GitInfo>& info);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_GIT_INFO_OBJECT_H_
