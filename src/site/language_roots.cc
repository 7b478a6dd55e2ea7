#include "site/language_roots.h"

#include <algorithm>

#include "value/time_format.h"

namespace kiln {

namespace {

// A site's last change as Hugo's sitemap index reports it: the newest lastmod among the
// sections and the pages inside sections (top-level pages do not count).
Time LastChange(const Site& site) {
  Time last = Time::Zero();
  for (const Page* p : site.content().pages()) {
    bool in_section = p->kind == PageKind::kSection ||
                      (p->parent != nullptr && p->parent->kind == PageKind::kSection);
    if (in_section && p->meta.lastmod > last) last = p->meta.lastmod;
  }
  return last;
}

}  // namespace

std::string SitemapIndexXml(const std::vector<const Site*>& sites) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
      "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n  \n";
  for (const Site* site : sites) {
    const SiteOptions& o = site->options();
    out += "  <sitemap>\n    <loc>" +
           site->AbsUrl(o.content.base_url_path + o.language.lang + "/sitemap.xml") +
           "</loc>\n    \n";
    Time last = LastChange(*site);
    if (!last.IsZero()) {
      out += "      <lastmod>" + FormatGoTime(last, "2006-01-02T15:04:05-07:00") +
             "</lastmod>\n    \n";
    }
    out += "  </sitemap>\n  \n";
  }
  out += "</sitemapindex>\n";
  return out;
}

void PlanLanguageRoots(const std::vector<const Site*>& sites, std::vector<RenderPlan>* plans) {
  if (sites.size() < 2) return;
  RenderPlan& first = (*plans)[0];
  for (size_t i = 0; i < sites.size(); ++i) {
    const SiteOptions& o = sites[i]->options();
    if (o.language.lang != o.default_lang) continue;
    // Hugo writes it from the first site, without a page: it speaks that site's language
    // even when the default language comes later.
    const Page& home = sites[i]->content().home();
    std::string from = o.default_lang_in_subdir ? "index.html" : o.default_lang + "/index.html";
    // Redirecting /en/ to the root, hugo names the baseURL as configured, with or without
    // its trailing slash.
    std::string to = o.default_lang_in_subdir || o.base_url.empty()
                         ? sites[i]->AbsUrl(home.rel_permalink)
                         : o.base_url;
    first.jobs.push_back({OutputKind::kAlias, nullptr, 1, std::move(from), std::move(to), ""});
    ++first.aliases;
  }
  // The index lists every language as soon as one of them has a sitemap (a language's own
  // disableKinds may differ from the others').
  if (std::any_of(sites.begin(), sites.end(), [](const auto& site) {
        return site->options().content.disabled_kinds.count("sitemap") == 0;
      })) {
    first.files.emplace_back("sitemap.xml", SitemapIndexXml(sites));
    ++first.sitemaps;
  }
}

}  // namespace kiln
