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

// Hugo's rule for when a bare name may match a page anywhere: no leading dot, and either no
// slash or a single leading one.
bool SimpleRef(std::string_view ref) {
  if (ref.empty() || ref[0] == '.') return false;
  size_t slashes = std::count(ref.begin(), ref.end(), '/');
  return slashes == 0 || (slashes == 1 && ref[0] == '/');
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
  for (const Page* p : content.pages()) {
    by_key_.emplace(KeyOf(*p), p);
    if (p->has_file) {
      by_name_[AsciiLower(p->file.logical_name)].push_back(p);
      if (AsciiLower(p->file.base_file_name) != AsciiLower(p->file.logical_name)) {
        by_name_[AsciiLower(p->file.base_file_name)].push_back(p);
      }
    }
  }
}

const Page* PageIndex::Find(std::string_view raw, const Page* context, bool by_name) const {
  std::string ref = AsciiLower(TrimSpace(raw));
  if (ref.empty()) ref = "/";
  auto lookup = [&](const std::string& r) -> const Page* {
    auto it = by_key_.find(KeyFor(r));
    return it == by_key_.end() ? nullptr : it->second;
  };
  std::string rooted = ref.starts_with("/") ? ref : "/" + ref;
  if (context != nullptr && !ref.starts_with("/")) {
    // Relative to the calling page's directory (a leaf bundle's parent directory, unless
    // the reference climbs out explicitly).
    std::string base;
    if (context->has_file) {
      base = std::string(PathDir(context->file.path));
      if (context->file.logical_name.starts_with("index.") && !ref.starts_with("..")) {
        base = std::string(PathDir(base));
      }
    } else {
      for (const std::string& s : context->sections_path) base += "/" + s;
    }
    if (const Page* p = lookup("/" + AsciiLower(base) + "/" + ref)) return p;
  }
  if (const Page* p = lookup(rooted)) return p;
  if (!by_name || !SimpleRef(ref)) return nullptr;
  auto named = by_name_.find(std::string(PathBase(rooted)));
  if (named == by_name_.end() || named->second.size() != 1) return nullptr;
  return named->second[0];
}

}  // namespace kiln::hugo
