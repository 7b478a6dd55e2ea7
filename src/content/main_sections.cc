#include "content/main_sections.h"

#include <algorithm>
#include <vector>

#include "base/strings.h"

namespace kiln {

std::string DefaultMainSection(const ContentTree& tree) {
  std::vector<const Page*> roots;
  for (const Page* p : tree.home().pages) {
    if (p->kind == PageKind::kSection) roots.push_back(p);
  }
  // Hugo walks its section tree in key order (lower-cased paths) and keeps the first
  // section with a strictly larger count.
  std::sort(roots.begin(), roots.end(), [](const Page* a, const Page* b) {
    return AsciiLower(a->section) < AsciiLower(b->section);
  });
  std::string best;
  size_t best_count = 0;
  for (const Page* p : roots) {
    if (p->regular_pages_recursive.size() > best_count) {
      best_count = p->regular_pages_recursive.size();
      best = p->section;
    }
  }
  return best;
}

Value ParamsWithMainSections(const Value& params, const ContentTree& tree) {
  ValueMap map = params.kind() == ValueKind::kMap ? params.AsMap() : ValueMap();
  for (const auto& [key, value] : map) {
    if (AsciiLower(key) == "mainsections") return params;
  }
  std::string main = DefaultMainSection(tree);
  if (main.empty()) return params;
  Value sections = Value::List({Value::String(main)});
  map.emplace("mainSections", sections);
  map.emplace("mainsections", sections);
  return Value::Params(std::move(map));
}

}  // namespace kiln
