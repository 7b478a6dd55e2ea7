#include "content/permalinks.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/path.h"
#include "base/strings.h"
#include "content/path_sanitize.h"
#include "value/time_parse.h"

namespace kiln {

namespace {

constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};
constexpr std::array<const char*, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                  "Thursday", "Friday", "Saturday"};

std::string Pad(int64_t v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

bool HasFileExtension(std::string_view path) {
  std::string_view base = PathBase(path);
  return !path.empty() && path.back() != '/' && base.find('.') != std::string_view::npos;
}

// The value of one token, or nullopt for an unknown token.
std::optional<std::string> TokenValue(std::string_view token, const Page& page,
                                      const ContentOptions& options) {
  CivilTime c = ToCivil(page.meta.date);
  auto urlize = [&](std::string_view s) { return MakeUrlPath(s, options.disable_path_to_lower); };
  if (token == "year") return Pad(c.year, 4);
  if (token == "month") return Pad(c.month, 2);
  if (token == "monthname") return std::string(kMonths[c.month - 1]);
  if (token == "day") return Pad(c.day, 2);
  if (token == "weekday") return std::to_string(c.weekday);
  if (token == "weekdayname") return std::string(kWeekdays[c.weekday]);
  if (token == "yearday") return std::to_string(c.yearday);
  if (token == "section") return page.section;
  if (token == "sections") return Join(page.sections_path, "/");
  if (token == "title") return urlize(page.meta.title);
  if (token == "slug") return urlize(page.meta.slug.empty() ? page.meta.title : page.meta.slug);
  if (token == "filename") return urlize(page.file.base_file_name);
  if (token == "slugorfilename") {
    return urlize(page.meta.slug.empty() ? page.file.base_file_name : page.meta.slug);
  }
  return std::nullopt;
}

// One bound of a `:sections[…]` selector: a number, "last" (the last index) or, when empty,
// `otherwise`. Returns -1 for anything else.
int64_t SliceBound(std::string_view text, int64_t count, int64_t otherwise) {
  text = TrimSpace(text);
  if (text.empty()) return otherwise;
  if (text == "last") return count - 1;
  int64_t v = 0;
  for (char ch : text) {
    if (ch < '0' || ch > '9') return ch == '-' && v == 0 ? 0 : -1;
    v = v * 10 + (ch - '0');
  }
  return v;
}

// `:sections[i]`, `[lo:hi]`, `[lo:]`, `[:hi]` or `[]` (every section), with "last" for the
// last index; slice bounds past the end are clamped as Hugo clamps them.
StatusOr<std::string> SelectSections(std::string_view selector, const Page& page) {
  const std::vector<std::string>& s = page.sections_path;
  int64_t n = static_cast<int64_t>(s.size());
  auto bad = [&] {
    return InvalidArgumentError("permalinks: \":sections[" + std::string(selector) +
                                "]\" is out of range for " + std::to_string(n) + " sections");
  };
  if (TrimSpace(selector).empty()) return Join(s, "/");
  size_t colon = selector.find(':');
  if (colon == std::string_view::npos) {
    int64_t i = SliceBound(selector, n, 0);
    if (i < 0 || i >= n) return bad();
    return s[i];
  }
  int64_t lo = std::min(SliceBound(selector.substr(0, colon), n, 0), n);
  int64_t hi = std::min(SliceBound(selector.substr(colon + 1), n, n), n);
  if (lo < 0 || hi < 0 || lo > hi) return bad();
  return Join(std::vector<std::string>(s.begin() + lo, s.begin() + hi), "/");
}

}  // namespace

StatusOr<std::string> ExpandPermalink(std::string_view pattern, const Page& page,
                                      const ContentOptions& options) {
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    if (pattern[i] != ':') {
      out.push_back(pattern[i++]);
      continue;
    }
    size_t end = i + 1;
    while (end < pattern.size() && (std::isalnum(static_cast<unsigned char>(pattern[end])))) {
      ++end;
    }
    std::string_view token = pattern.substr(i + 1, end - i - 1);
    size_t close = pattern.find(']', end);
    if (token == "sections" && end < pattern.size() && pattern[end] == '[' &&
        close != std::string_view::npos) {
      ASSIGN_OR_RETURN(std::string selected,
                       SelectSections(pattern.substr(end + 1, close - end - 1), page));
      out += selected;
      i = close + 1;
      continue;
    }
    std::optional<std::string> value = TokenValue(token, page, options);
    if (!value) {
      return InvalidArgumentError("permalinks: unknown token \":" + std::string(token) +
                                  "\" in \"" + std::string(pattern) + "\"");
    }
    out += *value;
    i = end;
  }
  return out;
}

StatusOr<std::string> PagePath(const Page& page, std::string_view natural,
                               const ContentOptions& options) {
  std::string path;
  if (!page.meta.url.empty() && page.kind != PageKind::kHome) {
    // A regular page's `url` is kept as written; a list page's is sanitised as its
    // natural path would be.
    path = page.kind == PageKind::kPage
               ? page.meta.url
               : MakeUrlPath(page.meta.url, options.disable_path_to_lower);
    if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
    // Hugo takes a `url` with a dot anywhere in it, and no trailing slash, as a file name;
    // any other names a directory, whatever uglyURLs says.
    if (!UrlNamesFile(path) && !path.ends_with('/')) path += '/';
    return path;
  }
  auto pattern = options.permalinks.find(page.section);
  // Patterns apply to regular pages by section, and to terms by taxonomy.
  bool patterned = page.kind == PageKind::kPage || page.kind == PageKind::kTerm;
  if (patterned && pattern != options.permalinks.end()) {
    ASSIGN_OR_RETURN(path, ExpandPermalink(pattern->second, page, options));
    if (!options.disable_path_to_lower) path = UnicodeLower(path);
  } else {
    path = "/" + std::string(natural);
  }
  // A natural or pattern path names a directory even when its last segment has a dot.
  path = CleanPath(path);
  if (path == "/") return path;
  return options.ugly_urls ? path + ".html" : path + "/";
}

bool UrlNamesFile(std::string_view url) {
  return !url.ends_with('/') && url.find('.') != std::string_view::npos;
}

std::string TargetFileForPath(std::string_view url_path, bool ugly) {
  std::string p(url_path);
  while (!p.empty() && p.front() == '/') p.erase(p.begin());
  if (p.empty()) return "index.html";
  if (p.back() == '/') return p + "index.html";
  if (HasFileExtension(p)) return p;
  return ugly ? p + ".html" : p + "/index.html";
}

}  // namespace kiln
