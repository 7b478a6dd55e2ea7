// Resolves a reference found in a built file (href, src, CSS url(), sitemap <loc>) to a
// file of the site, with the rules a static web server applies: relative paths against the
// referring file's directory, the baseURL's path prefix, percent-decoding, the query ignored,
// and absolute URLs on the site's own host counted as internal.
//
// Pure functions over values; thread-safe.
#ifndef KILN_CHECK_URL_RESOLVER_H_
#define KILN_CHECK_URL_RESOLVER_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::check {

// The site's baseURL, split. An empty BaseUrl (no baseURL configured) still resolves
// root-relative and relative references; it only treats every absolute URL as external.
struct BaseUrl {
  std::string scheme;      // "https", lowercase; "" when unknown
  std::string host;        // lowercase, with a non-default port: "example.org:8080"
  std::string path = "/";  // always starts and ends with '/': "/" or "/blog/"

  bool known() const { return !host.empty(); }
};

StatusOr<BaseUrl> ParseBaseUrl(std::string_view url);

enum class Target : uint8_t {
  kInternal,  // a file of this site (which may or may not exist)
  kExternal,  // http(s) on another host or outside the baseURL's path
  kSkip,      // mailto:, tel:, javascript:, data: and other schemes nothing can check
  kOutside,   // a path that leaves the site: "/other/" under baseURL "/blog/", or "../../x"
};

struct ResolvedUrl {
  Target target = Target::kInternal;
  // For kInternal: the site-relative path, percent-decoded and cleaned, without a leading
  // '/'; "" is the site root. `directory` is set when the reference ended in '/'.
  std::string path;
  bool directory = false;
  bool has_fragment = false;
  std::string fragment;   // percent-decoded, without '#'
  bool insecure = false;  // http:// (explicitly, or protocol-relative on an http site)
};

// `page` is the site-relative path of the referring file, e.g. "posts/a/index.html".
ResolvedUrl ResolveUrl(std::string_view url, std::string_view page, const BaseUrl& base);

}  // namespace kiln::check

#endif  // KILN_CHECK_URL_RESOLVER_H_
