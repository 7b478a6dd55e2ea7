// The headers kiln gives an uploaded file when no matcher says otherwise: Content-Type from
// the extension (with charset=utf-8 for text), and a Cache-Control chosen so that a deploy
// rarely needs a CDN invalidation:
//
//   fingerprinted names (a hex hash of 8+ characters before the extension, as Hugo's
//   `fingerprint` makes: main.3f2a9c1d.css, app.<sha256>.js)   public, max-age=31536000, immutable
//   404.html and other error pages (404.html, 50x.html, error.html)     public, max-age=60
//   HTML, feeds (.xml, index.xml, atom, rss, .json feeds), sitemaps     public, max-age=300
//   everything else                                                     public, max-age=3600
//
// Pure functions, thread-safe.
#ifndef KILN_DEPLOY_OBJECT_HEADERS_H_
#define KILN_DEPLOY_OBJECT_HEADERS_H_

#include <string>
#include <string_view>

namespace kiln::deploy {

inline constexpr char kImmutableCacheControl[] = "public, max-age=31536000, immutable";
inline constexpr char kPageCacheControl[] = "public, max-age=300";
inline constexpr char kErrorPageCacheControl[] = "public, max-age=60";
inline constexpr char kAssetCacheControl[] = "public, max-age=3600";

// "text/html; charset=utf-8", "image/png"; "" when the extension is unknown.
std::string ContentTypeFor(std::string_view path);

// True for names such as "css/main.3f2a9c1d.css" or "js/app.min.<64 hex>.js".
bool IsFingerprinted(std::string_view path);

std::string DefaultCacheControl(std::string_view path);

// Which upload phase a file belongs to, so pages never go live before what they load:
// first plain assets (images, fonts, media, downloads), then stylesheets and scripts (which
// load assets), then pages (HTML, feeds, sitemaps).
enum class Phase { kAssets = 0, kStylesAndScripts = 1, kPages = 2 };
Phase PhaseFor(std::string_view path);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_OBJECT_HEADERS_H_
