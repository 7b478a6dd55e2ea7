// Layout lookup: the ordered list of layout names (paths under `layouts/`) Hugo 0.111 tries
// for one page kind in one output format. The first name that exists in the merged layouts
// (the site's over each theme's, path by path) wins; see TemplateStore.
//
// The order comes from three axes, outermost first: the "type" directories (the page's
// type, its section, the kind's directory, `_default`), the qualifiers (language and
// output format), and the layout names (front-matter `layout`, then the kind's names).
// Pure functions over plain values; thread-safe.
#ifndef KILN_HUGO_LAYOUT_LOOKUP_H_
#define KILN_HUGO_LAYOUT_LOOKUP_H_

#include <string>
#include <string_view>
#include <vector>

#include "content/page.h"
#include "hugo/output_format.h"

namespace kiln::hugo {

// What the lookup depends on, as Hugo's output.LayoutDescriptor.
struct LayoutDescriptor {
  std::string kind;             // "home", "page", "section", "taxonomy", "term", "404", or a hook
                                // name ("render-link") when rendering_hook is set
  std::string type;             // the page's .Type
  std::string section;          // section kind: the first section; taxonomy/term: the singular
  std::string lang;             // the page's language; empty for 404
  std::string layout;           // front-matter `layout`
  bool baseof = false;          // look up the base template of a layout that only defines blocks
  bool rendering_hook = false;  // a `_markup/render-*` hook

  bool operator==(const LayoutDescriptor&) const = default;
};

// The descriptor of `page` in language `lang`. `singular` is the singular name of the
// taxonomy of a taxonomy or term page ("tag" for "tags"), ignored for other kinds.
LayoutDescriptor DescriptorForPage(const Page& page, std::string_view lang,
                                   std::string_view singular);

// The 404 page's descriptor: no type and no language qualifier.
LayoutDescriptor DescriptorFor404();

// Every layout name to try for a page kind (not a hook), most specific first, without
// duplicates. RSS ends with
// "_internal/_default/rss.xml".
std::vector<std::string> LayoutCandidates(const LayoutDescriptor& d, const OutputFormat& f);

// The `_markup` render hook templates for `hook` ("link", "image", "heading", "codeblock")
// on a page with descriptor `page`. For a code block in language `code_lang` the
// language's own hook ("render-codeblock-go") ranks first within each directory.
std::vector<std::string> RenderHookCandidates(const LayoutDescriptor& page, std::string_view hook,
                                              std::string_view code_lang, const OutputFormat& f);

// robots.txt, sitemap.xml and alias pages do not go through the descriptor: Hugo tries fixed names.
std::vector<std::string> RobotsTxtCandidates();
std::vector<std::string> SitemapCandidates();
// Alias (redirect) pages: a site's `alias.html`, else the embedded one.
std::vector<std::string> AliasCandidates();

}  // namespace kiln::hugo

#endif  // KILN_HUGO_LAYOUT_LOOKUP_H_
