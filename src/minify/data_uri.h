// Data URI shortening as hugo's minifier does inside CSS url() and SVG attributes: decode the
// payload, minify it when its media type has a minifier, and re-encode it with base64 or percent
// escapes, whichever is shorter (or keep the original if that is shorter still).
//
// Pure function; thread-safe.
#ifndef KILN_MINIFY_DATA_URI_H_
#define KILN_MINIFY_DATA_URI_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace kiln::minify {

// Minifies a decoded payload of `media_type` (as the URL spells it, parameters included);
// nullopt keeps the payload as it is.
using DataUriPayloadMinifier =
    std::function<std::optional<std::string>(std::string_view media_type, std::string_view data)>;

// `uri` starts with "data:"; anything that does not parse comes back unchanged. Payloads go
// through Minify (minify.h) by their media type.
std::string MinifyDataUri(std::string_view uri);
// The same with the payload minified by `minify` (the HTML minifier's embedded minifiers).
std::string MinifyDataUri(std::string_view uri, const DataUriPayloadMinifier& minify);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_DATA_URI_H_
