// Translations: pairs each page with its versions in the build's other languages (same
// translation key; see Page::translation_key), so `.Translations` and `.AllTranslations`
// can be answered from the frozen trees. Runs single-threaded between assembly and
// rendering; the only phase that writes across language trees.
#ifndef KILN_SITE_TRANSLATIONS_H_
#define KILN_SITE_TRANSLATIONS_H_

#include <memory>
#include <vector>

#include "site/site.h"

namespace kiln {

// `sites` in language order; sets every page's `translations`.
void LinkTranslations(const std::vector<std::unique_ptr<Site>>& sites);

}  // namespace kiln

#endif  // KILN_SITE_TRANSLATIONS_H_
