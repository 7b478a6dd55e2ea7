#include "hugo/format_target.h"

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
  if (format.name == "HTML") return {page.html_path, page.rel_permalink};
  const bool has_url = !page.meta.url.empty() && page.kind != PageKind::kHome;
  // Front-matter URLs are not under the language's prefix; everything else is.
  const std::string prefix = has_url ? "" : o.lang_prefix;
  std::string_view dir = page.target_dir;
  if (dir.starts_with(prefix)) dir.remove_prefix(prefix.size());
  while (dir.ends_with('/')) dir.remove_suffix(1);

  const std::string file_name = format.base_name + "." + format.suffix;
  const bool ugly = o.ugly_urls && !format.no_ugly && !has_url;
  std::string path;
  if (page.kind == PageKind::kPage || has_url) {
    std::string where = Join(format.path, dir);
    path = ugly ? where + "." + format.suffix : Join(where, file_name);
  } else {
    std::string where = Join(dir, format.path);
    path =
        ugly && page.kind != PageKind::kHome ? where + "." + format.suffix : Join(where, file_name);
  }
  std::string link = path;
  if (link == "index.html" || link.ends_with("/index.html")) {
    link.resize(link.size() - std::string_view("index.html").size());
  }
  return {prefix + path, o.base_url_path + prefix + link};
}

}  // namespace kiln::hugo
