// The template functions that need the site: URL helpers that know the baseURL, and
// partial/partialCached, which run a template of the calling set. Registered on the same
// FuncMap as the site-independent library (src/hugo/funcs). The functions copy what they
// need from `base_url`, so the FuncMap does not borrow anything.
#ifndef KILN_HUGO_SITE_FUNCS_H_
#define KILN_HUGO_SITE_FUNCS_H_

#include <string>
#include <string_view>

#include "template/functions.h"

namespace kiln::hugo {

// Hugo 0.111's relURL and absURL (canonifyURLs off) for a site whose baseURL is `base_url`.
// With `canonify_urls` relURL leaves out the baseURL's path, as Hugo does: canonifying the
// page puts the whole baseURL in front.
std::string RelUrl(std::string_view base_url, std::string_view in, bool canonify_urls = false);
std::string AbsUrl(std::string_view base_url, std::string_view in);
// relLangURL (`absolute` false) and absLangURL for a language whose pages live under
// `lang_prefix` ("fr/", or "" for a language at the site's root).
std::string LangUrl(std::string_view base_url, std::string_view lang_prefix, std::string_view in,
                    bool absolute);

// Registers relURL, absURL, relLangURL and absLangURL (which put `lang_prefix`, "fr/" or
// "", after the baseURL), partial and partialCached.
void RegisterSiteFuncs(std::string base_url, std::string lang_prefix, tmpl::FuncMap* funcs,
                       bool canonify_urls = false);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SITE_FUNCS_H_
