// Post-render transforms: what Hugo does to a rendered output before publishing it. The
// home page's HTML gets the generator meta tag after its first <head>; with canonifyURLs
// root-relative URLs in src, href and srcset attributes become absolute, with
// relativeURLs relative to the output file.
//
// Pure functions over their inputs; thread-safe.
#ifndef KILN_HUGO_POST_RENDER_H_
#define KILN_HUGO_POST_RENDER_H_

#include <string>
#include <string_view>

#include "value/value.h"

namespace kiln::hugo {

struct PostRenderOptions {
  bool inject_generator = true;  // not disableHugoGeneratorInject
  bool canonify_urls = false;
  bool relative_urls = false;
  std::string base_url;  // with a trailing slash
};

// From the merged configuration (keys lower-cased).
PostRenderOptions PostRenderOptionsFromConfig(const Value& config, std::string_view base_url);

enum class OutputRole { kHtml, kHomeHtml, kFeed };

// `out` transformed for the output file `path` (relative to the publish directory).
std::string PostRender(std::string out, OutputRole role, std::string_view path,
                       const PostRenderOptions& options);

// `html` with the generator meta tag after its first "<head>", unless it has one already.
std::string InjectGenerator(std::string html);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_POST_RENDER_H_
