#include "hugo/page_lookup.h"

#include <algorithm>

#include "base/path.h"
#include "base/strings.h"

namespace kiln::hugo {
namespace {

// The key of a reference already lower-cased and rooted: cleaned, no extension.
std::string KeyFor(std::string_view ref) {
  std::string s = CleanPath(ref);
  std::string_view ext = PathExt(s);
  if (!ext.empty() && s.rfind('/') < s.size() - ext.size()) s.resize(s.size() - ext.size());
  return s;
}

bool IsTaxonomyKind(PageKind kind) {
  return kind == PageKind::kTaxonomy || kind == PageKind::kTerm;
}

// Hugo's rule for when a bare name may match a page anywhere: no leading dot, and either no
// slash or a single leading one.
bool SimpleRef(std::string_view ref) {
  if (ref.empty() || ref[0] == '.') return false;
  size_t slashes = std::count(ref.begin(), ref.end(), '/');
  return slashes == 0 || (slashes == 1 && ref[0] == '/');
}

// The lower-cased directory a relative `ref` starts from on `context`: the page's
// directory (a leaf bundle's parent directory, unless the reference climbs out explicitly).
std::string ContextDir(const Page& context, std::string_view ref) {
  std::string base;
  if (context.has_file) {
    base = std::string(PathDir(context.file.path));
    if (context.file.logical_name.starts_with("index.") && !ref.starts_with("..")) {
      base = std::string(PathDir(base));
    }
  } else {
    for (const std::string& s : context.sections_path) base += "/" + s;
  }
  return AsciiLower(base);
}

// "/posts/a.md" → "/posts/a"; bundle index files name their directory.
std::string RefKeyOf(std::string_view path) {
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

// The Ref key of a page: "/" + its path without extension, "/" for the home page.
std::string PageRefKey(const Page& p) {
  if (p.has_file) return RefKeyOf("/" + AsciiLower(p.file.path));
  std::string key;
  for (const std::string& s : p.sections_path) key += "/" + AsciiLower(s);
  return key.empty() ? "/" : key;
}

const Page* FindByRefKey(const ContentTree& content, const std::string& key) {
  for (const Page* p : content.pages()) {
    if (p->kind != PageKind::kTaxonomy && p->kind != PageKind::kTerm && PageRefKey(*p) == key) {
      return p;
    }
  }
  return nullptr;
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

std::string PageIndex::KeyOf(const Page& p) {
  std::string key;
  switch (p.kind) {
    case PageKind::kHome:
      return "/";
    case PageKind::kTaxonomy:
      key = "/" + p.taxonomy;
      break;
    case PageKind::kTerm:
      key = "/" + p.taxonomy + "/" + p.term;
      break;
    default:
      if (p.has_file) {
        std::string dir = p.file.dir;
        if (!dir.empty() && dir.back() == '/') dir.pop_back();
        bool index =
            p.file.logical_name.starts_with("index.") || p.file.logical_name.starts_with("_index.");
        key = "/" + dir;
        if (!index) key += (dir.empty() ? "" : "/") + p.file.base_file_name;
      } else {
        for (const std::string& s : p.sections_path) key += "/" + s;
      }
  }
  return AsciiLower(key);
}

PageIndex::PageIndex(const ContentTree& content) {
  for (const std::vector<Page*>* pages : {&content.pages(), &content.disabled_sections()}) {
    for (const Page* p : *pages) {
      by_key_.emplace(KeyOf(*p), p);
      if (p->has_file) {
        by_name_[AsciiLower(p->file.logical_name)].push_back(p);
        if (AsciiLower(p->file.base_file_name) != AsciiLower(p->file.logical_name)) {
          by_name_[AsciiLower(p->file.base_file_name)].push_back(p);
        }
      }
    }
  }
}

const Page* PageIndex::FindKey(std::string_view rooted, bool joined) const {
  std::string_view trimmed = rooted;
  if (trimmed.size() > 1 && trimmed.back() == '/') trimmed.remove_suffix(1);
  // hugo cleans a reference only when it joins it to the calling page's directory.
  if (!joined && CleanPath(trimmed) != trimmed) return nullptr;
  // Taxonomy and term pages match their path exactly, a dot in a term included.
  auto exact = by_key_.find(std::string(trimmed));
  if (exact != by_key_.end() && IsTaxonomyKind(exact->second->kind)) return exact->second;
  const bool slash = trimmed.size() != rooted.size();
  // Behind a trailing slash hugo strips no extension: "/posts.html/" is nothing.
  auto it = by_key_.find(joined || !slash ? KeyFor(rooted) : std::string(trimmed));
  if (it == by_key_.end()) return nullptr;
  const Page* p = it->second;
  if (joined) return p;
  if (IsTaxonomyKind(p->kind)) return nullptr;  // "/tags/go.html"
  // A trailing slash names a list: "/posts/" finds the section, "/posts/first/" nothing.
  if (slash && p->kind != PageKind::kHome && p->kind != PageKind::kSection) return nullptr;
  return p;
}

const Page* PageIndex::Find(std::string_view raw, const Page* context, bool by_name) const {
  std::string ref = AsciiLower(TrimSpace(raw));
  if (ref.empty()) ref = "/";
  std::string rooted = ref.starts_with("/") ? ref : "/" + ref;
  if (context != nullptr && !ref.starts_with("/")) {
    if (const Page* p = FindKey("/" + ContextDir(*context, ref) + "/" + ref, true)) return p;
  }
  if (const Page* p = FindKey(rooted, false)) return p;
  if (!by_name || !SimpleRef(ref)) return nullptr;
  auto named = by_name_.find(std::string(PathBase(rooted)));
  if (named == by_name_.end() || named->second.size() != 1) return nullptr;
  return named->second[0];
}

StatusOr<const Page*> LookupPageRef(const ContentTree& content, const Page* context,
                                    std::string_view ref_in) {
  std::string in_ref = AsciiLower(TrimSpace(ref_in));
  if (in_ref.empty()) in_ref = "/";
  std::string ref = in_ref;
  if (context != nullptr && !ref.starts_with("/")) ref = JoinClean(ContextDir(*context, ref), ref);
  if (!ref.starts_with("/")) ref = "/" + ref;
  if (const Page* p = FindByRefKey(content, RefKeyOf(ref))) return p;
  if (!in_ref.starts_with("/")) {
    if (const Page* p = FindByRefKey(content, RefKeyOf("/" + in_ref))) return p;
  }
  if (!SimpleRef(in_ref)) return static_cast<const Page*>(nullptr);
  std::string name(PathBase(RefKeyOf(ref)));
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

}  // namespace kiln::hugo
