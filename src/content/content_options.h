// ContentOptions: the part of the site configuration the content model reads. The site
// layer fills it from SiteConfig, so content does not depend on how config is loaded.
// A plain value; copy freely.
#ifndef KILN_CONTENT_CONTENT_OPTIONS_H_
#define KILN_CONTENT_CONTENT_OPTIONS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "value/time_zone.h"

namespace kiln {

class GitHistory;

// `[frontmatter]`: for each date, the front-matter keys tried in order. ":filename",
// ":fileModTime", ":default" and ":git" are the special handlers.
struct FrontMatterDates {
  std::vector<std::string> date = {"date",      "publishdate", "pubdate",
                                   "published", "lastmod",     "modified"};
  std::vector<std::string> lastmod = {":git",        "lastmod", "modified", "date",
                                      "publishdate", "pubdate", "published"};
  std::vector<std::string> publish_date = {"publishdate", "pubdate", "published", "date"};
  std::vector<std::string> expiry_date = {"expirydate", "unpublishdate"};
};

struct Taxonomy {
  std::string singular;  // "tag"
  std::string plural;    // "tags": the front-matter key and the URL segment
};

struct ContentOptions {
  std::string base_url_path = "/";  // the path part of baseURL, with both slashes
  std::string site_title;           // a home page without a title of its own takes it
  std::vector<Taxonomy> taxonomies = {{"category", "categories"}, {"tag", "tags"}};
  std::map<std::string, std::string> permalinks;  // section or taxonomy → pattern
  bool ugly_urls = false;
  bool disable_path_to_lower = false;
  bool pluralize_list_titles = true;
  bool capitalize_list_titles = true;
  int paginate = 10;
  std::string paginate_path = "page";
  bool build_drafts = false;
  bool build_future = false;
  bool build_expired = false;
  std::set<std::string> disabled_kinds;  // lower-case: "page", "rss", "sitemap", …
  FrontMatterDates dates;
  TimeZone time_zone = TimeZone::Utc();  // zone-less dates are wall times in it
  int64_t now_unix_seconds = 0;
  std::string environment = "production";  // what cascade `_target.environment` matches
  // With enableGitInfo: the repository's history, for `.GitInfo` and the ":git" date.
  std::shared_ptr<const GitHistory> git_history;

  // Languages. A tree holds one language's pages: files named `x.<lang>.md` whose <lang> is
  // in `languages` belong to that language, other files to their content directory's
  // language (`dir_languages`, else `default_lang`). Non-content files inside a leaf bundle
  // belong to every translation of the bundle.
  std::string lang = "en";
  std::string default_lang = "en";
  std::vector<std::string> languages;  // every configured language key, disabled ones too
  std::map<std::string, std::string> dir_languages;  // content dir → its files' language
  // What the tree's URLs and output paths start with: "fr/" for a language other than the
  // default (every language with defaultContentLanguageInSubdir), else "". Front-matter
  // `url`s are not prefixed.
  std::string lang_prefix;
};

}  // namespace kiln

#endif  // KILN_CONTENT_CONTENT_OPTIONS_H_
