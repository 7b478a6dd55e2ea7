// Site: one built site. It owns its options, the assembled content tree, the decoded
// `data/` tree and the list of static files, and (with the Hugo layer) the templates.
// Site::Load runs the load and assemble phases single-threaded; the returned Site is
// frozen and may be read from many threads during rendering.
#ifndef KILN_SITE_SITE_H_
#define KILN_SITE_SITE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "content/content_options.h"
#include "content/content_tree.h"
#include "content/language.h"
#include "value/value.h"

namespace kiln {

struct SiteOptions {
  ContentOptions content;
  // Each list in priority order: the site's directory first, then each theme's.
  std::vector<std::string> content_dirs, static_dirs, layout_dirs, data_dirs, i18n_dirs, asset_dirs;
  std::string project_dir = ".";  // the site's source directory, for readFile and friends
  std::string base_url = "http://example.org/";
  // canonifyURLs: root-relative links leave out baseURL's path, which canonifying the HTML
  // puts in front of them with the host (content.base_url_path is then "/").
  bool canonify_urls = false;
  std::string title;
  // What `.Site` reports besides the above.
  std::string language_code, copyright;
  Value params, author;  // `[params]` (keys lower-cased) and `author`
  int summary_length = 70;
  Value markup;   // `[markup]` as configured (null when absent)
  Value imaging;  // `[imaging]` as configured (null when absent)
  // `[outputs]`: kind ("home", "section", …) → lower-case format names.
  std::map<std::string, std::vector<std::string>> outputs;
  bool disable_aliases = false;
  bool enable_robots_txt = false;
  // `[menus]` (or `[menu]`): menu name → list of entries; and `sectionPagesMenu`.
  Value menus;
  std::string section_pages_menu;
  // The whole merged configuration (`.Site.Social` and the like) and the environment name.
  Value config;
  // Languages: the one this site is built in, and every enabled language in Hugo's order
  // (one entry on a single-language site). A multilingual build makes one Site per
  // language; `content.lang_prefix` places its pages.
  Language language;
  std::vector<Language> languages;
  std::string default_lang = "en";
  bool default_lang_in_subdir = false;

  bool multilingual() const { return languages.size() > 1; }
  // Whether this is the first language of the build (Hugo counts the outputs that belong
  // to no language, such as robots.txt, in the first language's summary column).
  bool first_language() const { return languages.empty() || languages[0].lang == language.lang; }
  std::string environment = "production";
};

class Site {
 public:
  // Loads and assembles. `fs` is only used during the call.
  static StatusOr<std::unique_ptr<Site>> Load(const FileSystem& fs, SiteOptions options);

  const SiteOptions& options() const { return options_; }
  const ContentTree& content() const { return *content_; }
  // `.Site.Data`: a Map mirroring the data directories.
  const Value& data() const { return data_; }
  // Static files to copy, site over theme: one entry per output path.
  const std::vector<PublishedResource>& static_files() const { return static_files_; }
  // The absolute URL of a site-relative path such as a page's rel_permalink.
  std::string AbsUrl(std::string_view rel_permalink) const;

 private:
  Site() = default;

  SiteOptions options_;
  std::unique_ptr<ContentTree> content_;
  Value data_;
  std::vector<PublishedResource> static_files_;
};

}  // namespace kiln

#endif  // KILN_SITE_SITE_H_
