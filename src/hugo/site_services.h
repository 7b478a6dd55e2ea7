// The service and privacy settings of a site as templates read them: `.Site.Config`
// (`.Services` and `.Privacy`, with Hugo's Go field names), `.Site.Social`,
// `.Site.DisqusShortname` and `.Site.GoogleAnalytics`, derived from the merged
// configuration (keys lower-cased), including the legacy top-level keys
// (`googleAnalytics`, `disqusShortname`, `rssLimit`) Hugo 0.111 still maps onto services.
// Pure functions; thread-safe.
#ifndef KILN_HUGO_SITE_SERVICES_H_
#define KILN_HUGO_SITE_SERVICES_H_

#include <optional>
#include <string_view>

#include "value/value.h"

namespace kiln::hugo {

// The value of the `.Site` member `name` among Config, Social, DisqusShortname and
// GoogleAnalytics, or nullopt for any other name. `config` is the merged configuration.
std::optional<Value> SiteServiceMember(const Value& config, std::string_view name);

// A page's `.Sitemap` (ChangeFreq, Priority, Filename): its front-matter `sitemap` map
// over the configuration's `[sitemap]`.
Value SitemapValue(const Value& page_params, const Value& config);

// services.rss.limit (else rssLimit), -1 when unset.
int64_t RssLimit(const Value& config);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SITE_SERVICES_H_
