#include "hugo/cjk_language.h"

#include <algorithm>

#include "base/cjk.h"
#include "base/parse_bool.h"

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

// An `isCJKLanguage` value the way hugo's cast.ToBool (v1.5.0) reads it: of numbers only Go
// ints count, non-zero being true; YAML integers decode to int, TOML's to int64 and JSON's to
// float64, which are false. A string goes through strconv.ParseBool; anything else is false.
bool FrontMatterBool(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kBool:
      return v.AsBool();
    case ValueKind::kInt:
      return v.int_type() == IntType::kInt && v.AsInt() != 0;
    case ValueKind::kString:
      return ParseGoBool(v.AsString()).value_or(false);
    default:
      return false;
  }
}

}  // namespace

bool IsCjkLanguagePage(const Page& page, bool has_cjk_language) {
  const Value* set = page.meta.params.Find("iscjklanguage");
  if (set != nullptr) return FrontMatterBool(*set);
  if (!has_cjk_language || !page.has_file) return false;
  return ContainsCjk(page.raw_content) || ValueContainsCjk(page.meta.params);
}

}  // namespace kiln::hugo
