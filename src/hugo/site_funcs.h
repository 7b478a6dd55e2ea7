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
std::string RelUrl(std::string_view base_url, std::string_view in);
std::string AbsUrl(std::string_view base_url, std::string_view in);

// Registers relURL, absURL, relLangURL, absLangURL (one language: the same as the plain
// ones), partial and partialCached.
void RegisterSiteFuncs(std::string base_url, tmpl::FuncMap* funcs);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SITE_FUNCS_H_
