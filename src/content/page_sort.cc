#include "content/page_sort.h"

#include <algorithm>
#include <string>
#include <utility>

#include "base/go_stable_sort.h"
#include "base/path.h"
#include "base/strings.h"
#include "content/title_collation.h"

namespace kiln {
namespace {

// The directory a home or section page stands for, "" for home.
std::string_view SectionDir(const Page& page) {
  if (page.kind == PageKind::kHome) return "";
  // A section without _index.md keeps its directory as its path.
  return page.has_file ? PathDir(page.file.path) : std::string_view(page.file.path);
}

std::string BranchKey(std::string_view dir) {
  return dir.empty() ? "/" : "/" + std::string(dir) + "/";
}

// The key hugo files `page` under in its content trees: "/posts/" for a section,
// "/posts/__hb_first__hl_" for a regular page (its path below its section, a bundle by its
// directory), "/tags/go/" for a term.
std::string TreeKey(const Page& page) {
  std::string key;
  switch (page.kind) {
    case PageKind::kHome:
    case PageKind::kSection:
      key = BranchKey(SectionDir(page));
      break;
    case PageKind::kTaxonomy:
      key = BranchKey(page.taxonomy);
      break;
    case PageKind::kTerm:
      key = BranchKey(page.taxonomy + "/" + page.term);
      break;
    case PageKind::kPage: {
      // A leaf bundle by its directory, any other page by its path without extension.
      std::string path(PathDir(page.file.path));
      if (!page.is_bundle) {
        path = (path.empty() ? "" : path + "/") + std::string(page.file.TranslationBaseName());
      }
      std::string_view section = page.parent != nullptr ? SectionDir(*page.parent) : "";
      std::string_view below = path;
      if (!section.empty() && below.starts_with(section) && below.size() > section.size() &&
          below[section.size()] == '/') {
        below.remove_prefix(section.size() + 1);
      }
      key = BranchKey(section) + "__hb_" + std::string(below) + "__hl_";
      break;
    }
  }
  return AsciiLower(key);
}

// Which tree hugo walks first for `order`.
int TreeRank(const Page& page, CollectOrder order) {
  switch (page.kind) {
    case PageKind::kPage:
      return order == CollectOrder::kSite ? 0 : 1;
    case PageKind::kHome:
    case PageKind::kSection:
      return order == CollectOrder::kSite ? 1 : 0;
    case PageKind::kTaxonomy:
    case PageKind::kTerm:
      return 2;
  }
  return 2;
}

// Puts `pages` in the order hugo collects them.
void ArrangeAsCollected(std::vector<Page*>* pages, CollectOrder order) {
  std::vector<std::pair<std::pair<int, std::string>, Page*>> keyed;
  keyed.reserve(pages->size());
  for (Page* p : *pages) keyed.push_back({{TreeRank(*p, order), TreeKey(*p)}, p});
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < keyed.size(); ++i) (*pages)[i] = keyed[i].second;
}

}  // namespace

const std::string& LinkTitle(const Page& page) {
  return page.meta.link_title.empty() ? page.meta.title : page.meta.link_title;
}

bool WeightLess(int a, int b) {
  if (b == 0) return true;
  if (a == 0) return false;
  return a < b;
}

bool DefaultPageLess(const Page& a, const Page& b) {
  if (a.meta.weight != b.meta.weight) return WeightLess(a.meta.weight, b.meta.weight);
  if (a.meta.date.unix_seconds != b.meta.date.unix_seconds) {
    return a.meta.date.unix_seconds > b.meta.date.unix_seconds;
  }
  if (int c = CollateTitles(LinkTitle(a), LinkTitle(b)); c != 0) return c < 0;
  return FileOrderLess(a, b);
}

bool FileOrderLess(const Page& a, const Page& b) {
  // Hugo's answer is "a has no file", so two pages without files are each less.
  if (!a.has_file || !b.has_file) return !a.has_file;
  // Hugo compares absolute file names; paths from the same root order alike.
  return FoldCompare(a.file.filesystem_path, b.file.filesystem_path) < 0;
}

void SortPagesDefault(std::vector<Page*>* pages, CollectOrder order) {
  // With at most one page without a file the order is a strict one and the input order
  // cannot matter, so the keys are only worth building otherwise.
  if (std::count_if(pages->begin(), pages->end(), [](const Page* p) { return !p->has_file; }) > 1) {
    ArrangeAsCollected(pages, order);
  }
  GoStableSort(pages->begin(), pages->end(),
               [](const Page* a, const Page* b) { return DefaultPageLess(*a, *b); });
}

}  // namespace kiln
