// The images namespace: images.Config (imageConfig) reads an image's dimensions from a file
// of the project directory; the image filters (images.GaussianBlur, images.Filter, …) are
// registered so templates that name them parse, and calling one is an error saying kiln
// does not support it, which the template engine places at the call.
//
// The registered functions borrow `fs`, which must outlive the FuncMap; they only read,
// so they are safe to call from many threads when `fs` is.
#ifndef KILN_HUGO_IMAGE_FUNCS_H_
#define KILN_HUGO_IMAGE_FUNCS_H_

#include <string>

#include "base/file_system.h"
#include "template/functions.h"

namespace kiln::hugo {

void RegisterImageFuncs(const FileSystem* fs, std::string project_dir, tmpl::FuncMap* funcs);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_IMAGE_FUNCS_H_
