#include "hugo/cjk_language.h"

#include <algorithm>

#include "base/cjk.h"

namespace kiln::hugo {
namespace {

// Whether a front matter value, its keys or any string in it, holds CJK text.
bool ValueContainsCjk(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kString:
      return ContainsCjk(v.AsString());
    case ValueKind::kList:
      return std::any_of(v.AsList().begin(), v.AsList().end(), ValueContainsCjk);
    case ValueKind::kMap:
      for (const auto& [key, item] : v.AsMap()) {
        if (ContainsCjk(key) || ValueContainsCjk(item)) return true;
      }
      return false;
    default:
      return false;
  }
}

}  // namespace

bool IsCjkLanguagePage(const Page& page, bool has_cjk_language) {
  const Value* set = page.meta.params.Find("iscjklanguage");
  if (set != nullptr && set->kind() == ValueKind::kBool) return set->AsBool();
  if (!has_cjk_language || !page.has_file) return false;
  return ContainsCjk(page.raw_content) || ValueContainsCjk(page.meta.params);
}

}  // namespace kiln::hugo
