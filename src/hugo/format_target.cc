#include "hugo/format_target.h"

#include "base/url_escape.h"
#include "content/permalinks.h"

namespace kiln::hugo {
namespace {

// Joins non-empty path segments with single slashes.
std::string Join(std::string_view a, std::string_view b) {
  while (a.ends_with('/')) a.remove_suffix(1);
  while (b.starts_with('/')) b.remove_prefix(1);
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  return std::string(a) + "/" + std::string(b);
}

}  // namespace

FormatTarget FormatTargetFor(const Page& page, const OutputFormat& format,
                             const ContentOptions& o) {
  if (format.name == "HTML") return {page.html_path, page.rel_permalink, page.target_dir};
  const bool has_url = !page.meta.url.empty() && page.kind != PageKind::kHome;
  // Front-matter URLs are not under the language's prefix; everything else is.
  const std::string prefix = has_url ? "" : o.lang_prefix;
  std::string_view dir = page.target_dir;
  if (dir.starts_with(prefix)) dir.remove_prefix(prefix.size());
  while (dir.ends_with('/')) dir.remove_suffix(1);

  const std::string file_name = format.base_name + "." + format.suffix;
  const bool ugly = o.ugly_urls && !format.no_ugly && !has_url;
  std::string path, where;
  if (has_url && UrlNamesFile(page.meta.url)) {
    path = Join(format.path, page.html_path);
    where = path.substr(0, path.rfind('/') + 1);
  } else if (page.kind == PageKind::kPage || has_url) {
    where = Join(format.path, dir);
    path = ugly ? where + "." + format.suffix : Join(where, file_name);
  } else {
    where = Join(dir, format.path);
    path =
        ugly && page.kind != PageKind::kHome ? where + "." + format.suffix : Join(where, file_name);
  }
  if (!where.empty() && !where.ends_with('/')) where += '/';
  std::string link = path;
  if (link == "index.html" || link.ends_with("/index.html")) {
    link.resize(link.size() - std::string_view("index.html").size());
  }
  return {prefix + path, GoUrlString(o.base_url_path + prefix + link), prefix + where};
}

}  // namespace kiln::hugo
