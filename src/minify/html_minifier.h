// MinifyHtml: HTML minification byte-compatible with hugo 0.111.3 (tdewolff/minify 2.12.4's
// HTML rules). Whitespace collapses except inside <pre>, <textarea> and raw text; spaces
// next to block elements go; references are respelled shortest; attribute values lose the
// quotes they do not need, case-insensitive ones are lower-cased, boolean ones lose their
// values; comments go except conditional comments and server-side includes; the doctype
// becomes "<!doctype html>". <style>, style="", <script>, on*="", inline <svg>/<math> and
// <iframe> contents go to the minifier for their media type through an EmbeddedMinifier.
//
// Pure functions; thread-safe as long as the EmbeddedMinifier is.
#ifndef KILN_MINIFY_HTML_MINIFIER_H_
#define KILN_MINIFY_HTML_MINIFIER_H_

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "base/status.h"
#include "minify/minify.h"

namespace kiln::minify {

// Media type parameters, such as {"charset": "utf-8"} or {"inline": "1"} (a style="" value).
using MediaParams = std::map<std::string, std::string>;

// Minifies `in` of `media_type` (lower-case, no parameters) appending to *out. Returns a
// kNotFound status when no minifier handles the type: the content is then kept as written.
// Any other error fails the whole document.
using EmbeddedMinifier = std::function<Status(
    std::string_view media_type, const MediaParams& params, std::string_view in, std::string* out)>;

// hugo's [minify.tdewolff.html] settings; the defaults are hugo's.
struct HtmlMinifyOptions {
  bool keep_comments = false;
  bool keep_conditional_comments = true;
  bool keep_default_attr_vals = true;
  bool keep_document_tags = true;
  bool keep_end_tags = true;
  bool keep_quotes = false;
  bool keep_whitespace = false;
};

// Appends the minified form of `in` to *out. Fails only when an embedded minifier fails or
// an inline <svg>/<math> holds a NUL byte.
Status MinifyHtml(std::string_view in, const HtmlMinifyOptions& options,
                  const EmbeddedMinifier& embedded, std::string* out);

// MinifyHtml with the embedded content going to kiln's other minifiers (minify.h) by media
// type; content for which kiln has no minifier, or whose minifier is `disabled` (hugo's
// [minify] disableCSS and the like), stays as written.
StatusOr<std::string> MinifyHtmlDocument(std::string_view in, const HtmlMinifyOptions& options = {},
                                         const std::set<Kind>& disabled = {});

// Splits "text/javascript; charset=utf-8" into its lower-case type and its parameters,
// the way the minifier reads a <script type>.
std::string SplitMediaType(std::string_view s, MediaParams* params);

}  // namespace kiln::minify

#endif  // KILN_MINIFY_HTML_MINIFIER_H_
