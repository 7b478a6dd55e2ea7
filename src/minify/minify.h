// The minifiers hugo 0.111.3 applies with its default settings (tdewolff/minify 2.12.4): which
// media types are minified, by which minifier, and the entry point that runs one.
//
// Each minifier lives in its own files (css_*, html_*, js_*, json_*, svg_*, xml_*); this file
// only dispatches. All functions are pure: they borrow their input for the call and return a new
// string, so they are safe to call from any number of threads.
#ifndef KILN_MINIFY_MINIFY_H_
#define KILN_MINIFY_MINIFY_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::minify {

enum class Kind { kNone, kCss, kHtml, kJs, kJson, kSvg, kXml };

// The minifier hugo uses for a media type ("text/css", "application/ld+json"; parameters such as
// "; charset=utf-8" are ignored), judged against hugo's default media types and output formats:
//   text/css; text/html; (application|text)/(x-)?(java|ecma)script;
//   (application|text)/(x-|ld+|manifest+)?json; image/svg+xml; application/xml and
//   application/rss+xml. Anything else is kNone.
Kind KindForMediaType(std::string_view media_type);

// The minifier for a site-defined media type, which hugo picks by the type's suffixes: a type
// with suffix "css", "js", "json", "svg", "xml" or "html" gets that minifier, and so does the
// media type of every output format with isHTML set ("html" here). kNone otherwise.
Kind KindForSuffix(std::string_view suffix);

// Minifies `input` with the given minifier. kNone, and a minifier kiln does not have yet, are
// kUnimplemented errors; malformed input is an kInvalidArgument error with hugo's message.
StatusOr<std::string> Minify(Kind kind, std::string_view input);

// Minify(KindForMediaType(media_type), input), with an error naming the media type when it has
// no minifier.
StatusOr<std::string> Minify(std::string_view media_type, std::string_view input);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_MINIFY_H_
