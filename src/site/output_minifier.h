// OutputMinifier: hugo's post-render minification (`--minify`, or `[minify] minifyOutput =
// true`). Every rendered output (pages in every format, alias pages, the 404 page, RSS,
// sitemaps) is minified by its media type; robots.txt and copied files are not. HTML uses the
// `[minify.tdewolff.html]` settings; `disableCSS`, `disableHTML`, `disableJS`, `disableJSON`,
// `disableSVG` and `disableXML` turn a minifier off, for outputs and inside HTML alike.
//
// Built once from the site's options, then read-only: Minify may run on many threads.
#ifndef KILN_SITE_OUTPUT_MINIFIER_H_
#define KILN_SITE_OUTPUT_MINIFIER_H_

#include <map>
#include <set>
#include <string>

#include "base/status.h"
#include "minify/html_minifier.h"
#include "minify/minify.h"
#include "site/renderer.h"
#include "site/site.h"

namespace kiln {

class OutputMinifier {
 public:
  explicit OutputMinifier(const SiteOptions& options);

  bool enabled() const { return enabled_; }
  // The output of `job` as published: minified when enabled and its media type has a
  // minifier. Errors name the output path.
  StatusOr<std::string> Minify(const RenderJob& job, std::string out) const;
  // The same for a fixed file of the plan (the sitemap index), by its path's extension.
  StatusOr<std::string> MinifyFile(const std::string& path, std::string out) const;

 private:
  minify::Kind KindFor(const RenderJob& job) const;
  StatusOr<std::string> Run(minify::Kind kind, const std::string& path, std::string out) const;

  bool enabled_ = false;
  minify::HtmlMinifyOptions html_;
  std::set<minify::Kind> disabled_;
  std::map<std::string, minify::Kind> format_kinds_;  // lower-case format name → minifier
};

}  // namespace kiln

#endif  // KILN_SITE_OUTPUT_MINIFIER_H_
