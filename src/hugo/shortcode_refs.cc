#include "hugo/shortcode_refs.h"

#include <algorithm>

#include "base/path.h"
#include "base/strings.h"

namespace kiln::hugo {
namespace {

// "/posts/a.md" → "/posts/a"; bundle index files name their directory.
std::string KeyOf(std::string_view path) {
  std::string key(path);
  size_t slash = key.rfind('/');
  size_t dot = key.rfind('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) key.resize(dot);
  for (std::string_view index : {"/index", "/_index"}) {
    if (std::string_view(key).ends_with(index)) key.resize(key.size() - index.size());
  }
  if (key.size() > 1 && key.back() == '/') key.pop_back();
  return key.empty() ? "/" : key;
}

// The lookup key of a page: "/" + its path without extension, "/" for the home page.
std::string PageKey(const Page& p) {
  if (p.has_file) return KeyOf("/" + AsciiLower(p.file.path));
  std::string key;
  for (const std::string& s : p.sections_path) key += "/" + AsciiLower(s);
  return key.empty() ? "/" : key;
}

const Page* FindByKey(const ContentTree& content, const std::string& key) {
  for (const Page* p : content.pages()) {
    if (p->kind != PageKind::kTaxonomy && p->kind != PageKind::kTerm && PageKey(*p) == key) {
      return p;
    }
  }
  return nullptr;
}

// Hugo falls back to a base-name lookup only for "name" and "/name".
bool SimpleLookup(std::string_view ref) {
  if (ref.front() == '.') return false;
  size_t slashes = std::count(ref.begin(), ref.end(), '/');
  return slashes == 0 || (slashes == 1 && ref.front() == '/');
}

// Joins and cleans like Go's path.Join("/", base, ref).
std::string JoinClean(std::string_view base, std::string_view ref) {
  std::vector<std::string> parts;
  for (std::string_view whole : {base, ref}) {
    for (std::string_view seg : Split(whole, '/')) {
      if (seg.empty() || seg == ".") continue;
      if (seg == "..") {
        if (!parts.empty()) parts.pop_back();
        continue;
      }
      parts.emplace_back(seg);
    }
  }
  std::string out;
  for (const std::string& s : parts) out += "/" + s;
  return out.empty() ? "/" : out;
}

}  // namespace

StatusOr<const Page*> LookupPageRef(const ContentTree& content, const Page* context,
                                    std::string_view ref_in) {
  std::string in_ref = AsciiLower(TrimSpace(ref_in));
  if (in_ref.empty()) in_ref = "/";
  std::string ref = in_ref;
  if (context != nullptr && !ref.starts_with("/")) {
    std::string base;
    if (context->has_file) {
      base = std::string(PathDir(context->file.path));
      std::string_view name = context->file.logical_name;
      bool leaf_bundle = name.starts_with("index.");
      if (leaf_bundle && !ref.starts_with("..")) base = std::string(PathDir(base));
    } else {
      for (const std::string& s : context->sections_path) base += "/" + s;
    }
    ref = JoinClean(AsciiLower(base), ref);
  }
  if (!ref.starts_with("/")) ref = "/" + ref;
  if (const Page* p = FindByKey(content, KeyOf(ref))) return p;
  if (!in_ref.starts_with("/")) {
    if (const Page* p = FindByKey(content, KeyOf("/" + in_ref))) return p;
  }
  if (!SimpleLookup(in_ref)) return static_cast<const Page*>(nullptr);
  std::string name(PathBase(KeyOf(ref)));
  const Page* found = nullptr;
  for (const Page* p : content.pages()) {
    if (!p->has_file || AsciiLower(p->file.base_file_name) != name) continue;
    if (found != nullptr) {
      return InvalidArgumentError("page reference \"" + ref + "\" is ambiguous");
    }
    found = p;
  }
  return found;
}

StatusOr<std::string> RefLink(const ContentTree& content, const Page* context, std::string_view ref,
                              std::string_view output_format, bool relative,
                              std::string_view url_origin, std::string_view position) {
  size_t hash = ref.find('#');
  std::string_view path = ref.substr(0, hash);
  std::string link;
  auto not_found = [&](std::string_view why) {
    return FailedPreconditionError("REF_NOT_FOUND: Ref \"" + std::string(ref) +
                                   "\": " + std::string(position) + ": " + std::string(why));
  };
  if (!path.empty()) {
    StatusOr<const Page*> target = LookupPageRef(content, context, path);
    if (!target.ok()) return not_found(target.status().message());
    if (*target == nullptr) return not_found("page not found");
    link = (*target)->rel_permalink;
    if (!output_format.empty() && !EqualsIgnoreAsciiCase(output_format, "html")) {
      if (!EqualsIgnoreAsciiCase(output_format, "rss") || !(*target)->IsList()) {
        return not_found("output format \"" + std::string(output_format) + "\"");
      }
      link += "index.xml";
    }
    if (!relative) link = std::string(url_origin) + link;
  }
  if (hash != std::string_view::npos && hash + 1 < ref.size()) {
    link += "#" + std::string(ref.substr(hash + 1));
  }
  return link;
}

}  // namespace kiln::hugo
