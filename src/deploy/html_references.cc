#include "deploy/html_references.h"

#include <algorithm>

#include "base/path.h"
#include "base/percent_decode.h"
#include "base/strings.h"

namespace kiln::deploy {

namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':';
}

// Resolves a URL in the page to a site path, or "" when it points outside the site.
std::string Resolve(std::string_view url, std::string_view page_path) {
  url = TrimSpace(url);
  if (url.empty() || url[0] == '#' || url.starts_with("//")) return "";
  size_t colon = url.find(':');
  size_t slash = url.find('/');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon < slash)) {
    return "";  // has a scheme: http:, mailto:, data:, javascript:
  }
  url = url.substr(0, url.find_first_of("?#"));
  std::string path = PercentDecode(url, PlusDecoding::kLiteral);
  bool dir = path.empty() || path.ends_with('/');
  std::string joined = path.starts_with('/') ? path : JoinPath(PathDir(page_path), path);
  std::string clean = CleanPath(joined);
  while (clean.starts_with('/')) clean.erase(0, 1);
  if (clean == "." || clean.empty()) clean = "";
  if (clean.starts_with("..")) return "";
  if (dir) clean = clean.empty() ? "index.html" : clean + "/index.html";
  return clean;
}

void Add(std::vector<std::string>* out, std::string path) {
  if (!path.empty()) out->push_back(std::move(path));
}

}  // namespace

HtmlReferences FindHtmlReferences(std::string_view html, std::string_view page_path) {
  HtmlReferences out;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    if (html.substr(i).starts_with("!--")) {
      size_t end = html.find("-->", i);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    size_t name_start = i;
    while (i < html.size() && IsNameChar(html[i])) ++i;
    std::string tag = AsciiLower(html.substr(name_start, i - name_start));
    if (tag.empty()) continue;
    // Attributes up to '>'.
    while (i < html.size() && html[i] != '>') {
      while (i < html.size() && (html[i] == ' ' || html[i] == '\n' || html[i] == '\t' ||
                                 html[i] == '\r' || html[i] == '/')) {
        ++i;
      }
      size_t attr_start = i;
      while (i < html.size() && IsNameChar(html[i])) ++i;
      std::string attr = AsciiLower(html.substr(attr_start, i - attr_start));
      if (attr.empty()) {
        if (i < html.size() && html[i] != '>') ++i;
        continue;
      }
      std::string_view value;
      if (i < html.size() && html[i] == '=') {
        ++i;
        char quote = i < html.size() ? html[i] : '\0';
        if (quote == '"' || quote == '\'') {
          size_t end = html.find(quote, i + 1);
          if (end == std::string_view::npos) end = html.size();
          value = html.substr(i + 1, end - i - 1);
          i = std::min(end + 1, html.size());
        } else {
          size_t v = i;
          while (i < html.size() && html[i] != ' ' && html[i] != '>' && html[i] != '\n') ++i;
          value = html.substr(v, i - v);
        }
      }
      if (attr == "src" || attr == "poster" || (attr == "data" && tag == "object")) {
        Add(&out.loads, Resolve(value, page_path));
      } else if (attr == "srcset") {
        for (std::string_view candidate : Split(value, ',')) {
          candidate = TrimSpace(candidate);
          Add(&out.loads, Resolve(candidate.substr(0, candidate.find(' ')), page_path));
        }
      } else if (attr == "href" && tag == "link") {
        Add(&out.loads, Resolve(value, page_path));
      } else if (attr == "href" && (tag == "a" || tag == "area")) {
        Add(&out.links, Resolve(value, page_path));
      }
    }
  }
  for (auto* list : {&out.loads, &out.links}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  return out;
}

}  // namespace kiln::deploy
