// The data namespace of hugo 0.111: getJSON (data.GetJSON) and getCSV (data.GetCSV) on
// files of the project directory. The arguments are joined into one path (a trailing map
// of HTTP headers is accepted and unused). A failure is logged as hugo logs it, an error
// with the ID error-remote-getjson / error-remote-getcsv that ignoreErrors can silence,
// and the call returns nothing, so the build goes on and fails at its end. kiln builds
// offline: a URL is such a failure, never fetched.
//
// The registered functions borrow `fs` and `log`, which must outlive the FuncMap; they
// only read, so they are safe to call from many threads.
#ifndef KILN_HUGO_DATA_FUNCS_H_
#define KILN_HUGO_DATA_FUNCS_H_

#include <string>

#include "base/file_system.h"
#include "hugo/funcs/ignorable_log.h"
#include "template/functions.h"

namespace kiln::hugo {

void RegisterDataFuncs(const FileSystem* fs, std::string project_dir, funcs::IgnorableLog log,
                       tmpl::FuncMap* funcs);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_DATA_FUNCS_H_
