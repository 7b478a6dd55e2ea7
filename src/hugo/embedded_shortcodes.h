// The shortcodes kiln embeds under "_internal/shortcodes/", written for kiln to produce the
// bytes Hugo 0.111.3's built-in shortcodes produce with the default privacy settings:
// figure, highlight, param, ref, relref, youtube, vimeo, gist. Those that need the network in Hugo
// (tweet/twitter, instagram, the `_simple` vimeo/twitter/instagram variants, which call oEmbed
// services) fail with a message naming the page position and the shortcode, since kiln builds
// offline. A site's own `layouts/shortcodes/NAME.html` hides the embedded one.
//
// Immutable data; thread-safe.
#ifndef KILN_HUGO_EMBEDDED_SHORTCODES_H_
#define KILN_HUGO_EMBEDDED_SHORTCODES_H_

#include <vector>

#include "hugo/template_store.h"
#include "template/functions.h"

namespace kiln::hugo {

// Every embedded shortcode template whose functions `funcs` has (figure needs markdownify
// and plainify, highlight needs highlight), to append
// after the site's and themes' layouts.
std::vector<TemplateSource> EmbeddedShortcodes(const tmpl::FuncMap& funcs);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_EMBEDDED_SHORTCODES_H_
