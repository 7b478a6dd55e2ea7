// The data: URL rewrite of the HTML minifier (for src="", href="" and other URL
// attributes): the payload is minified for its media type when a minifier exists, then
// written in whichever of percent-encoding and base64 is shorter, "text/plain" and
// ";charset=us-ascii" left implicit; the original stays when it is shorter still. This is
// what hugo's minifier does. Pure; thread-safe when the EmbeddedMinifier is.
#ifndef KILN_MINIFY_HTML_DATA_URI_H_
#define KILN_MINIFY_HTML_DATA_URI_H_

#include <string>
#include <string_view>

#include "minify/html_minifier.h"

namespace kiln::minify {

// Returns uri unchanged when it is not a well-formed data: URL.
std::string MinifyDataUri(std::string_view uri, const EmbeddedMinifier& embedded);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_HTML_DATA_URI_H_
