// OutputFormat: one of the formats a page can be rendered to (HTML, RSS, JSON, …), with
// the properties layout lookup, URL building and escaping depend on. The built-in table
// mirrors Hugo 0.111's defaults; sites add or override formats through `outputFormats`.
//
// Plain values; the built-in table is immutable and may be read from any thread.
#ifndef KILN_HUGO_OUTPUT_FORMAT_H_
#define KILN_HUGO_OUTPUT_FORMAT_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "value/value.h"

namespace kiln::hugo {

struct OutputFormat {
  std::string name;            // "HTML", "RSS": layout lookup uses it lower-cased
  std::string media_type;      // "text/html"
  std::string suffix;          // the media type's first suffix, without the dot: "html"
  std::string base_name;       // file name without suffix: "index"
  std::string rel;             // "canonical" for HTML, "alternate" otherwise
  std::string path;            // a directory its files go in: "exports" (see format_target.h)
  bool is_plain_text = false;  // text/template instead of html/template
  bool is_html = false;
  bool no_ugly = false;          // never uses ugly URLs (RSS)
  bool not_alternative = false;  // left out of .AlternativeOutputFormats
  bool permalinkable = false;    // its URL is the page's .Permalink

  // The template kind its layouts are parsed as: html/template unless plain text.
  bool UsesHTMLTemplate() const { return !is_plain_text; }
};

// Hugo's built-in formats, sorted by name.
std::span<const OutputFormat> BuiltinOutputFormats();

// The built-in format called `name` (case-insensitive), or null.
const OutputFormat* FindBuiltinOutputFormat(std::string_view name);

// The site's formats: the built-in ones with the site's `[outputFormats]` applied (a
// built-in name changes that format; a new name, lower-cased as Hugo reports it, adds one)
// and suffixes from `[mediaTypes]`. Both arguments are config sections (Map or null).
std::vector<OutputFormat> SiteOutputFormats(const Value& output_formats, const Value& media_types);

// The format called `name` (case-insensitive) among `formats`, or null.
const OutputFormat* FindOutputFormat(std::span<const OutputFormat> formats, std::string_view name);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_OUTPUT_FORMAT_H_
