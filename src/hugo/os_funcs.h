// The os namespace, reading the project directory through a FileSystem: readFile
// (os.ReadFile), fileExists, readDir, os.Stat, and getenv with Hugo's default allow-list
// (HUGO_* and CI). Paths are relative to the project directory; a leading `/` and `..`
// cannot leave it.
//
// The registered functions borrow `fs`, which must outlive the FuncMap; they only read,
// so they are safe to call from many threads when `fs` is.
#ifndef KILN_HUGO_OS_FUNCS_H_
#define KILN_HUGO_OS_FUNCS_H_

#include <string>

#include "base/file_system.h"
#include "template/functions.h"

namespace kiln::hugo {

void RegisterOsFuncs(const FileSystem* fs, std::string project_dir, tmpl::FuncMap* funcs);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_OS_FUNCS_H_
