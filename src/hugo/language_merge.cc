#include "hugo/language_merge.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "base/go_stable_sort.h"
#include "hugo/funcs/namespace.h"
#include "value/go_format.h"

namespace kiln::hugo {

namespace {

const PagesObject* AsPages(const Value& v) {
  if (v.kind() != ValueKind::kObject) return nullptr;
  return dynamic_cast<const PagesObject*>(&v.AsObject());
}

}  // namespace

StatusOr<Value> MergeByLanguage(const PagesObject& to, const Value& from) {
  if (from.is_null()) return MakePages(to.pages(), to.site());
  const PagesObject* other = AsPages(from);
  if (other == nullptr) {
    return InvalidArgumentError(GoTypeName(from) + " cannot be merged by language");
  }
  std::unordered_set<std::string> keys;
  for (const Page* p : to.pages()) keys.insert(p->translation_key);
  std::vector<const Page*> merged = to.pages();
  for (const Page* p : other->pages()) {
    if (!keys.contains(p->translation_key)) merged.push_back(p);
  }
  const SiteObject* site = to.site();
  GoStableSort(merged.begin(), merged.end(),
               [site](const Page* a, const Page* b) { return DefaultOrderLess(*a, *b, site); });
  return MakePages(std::move(merged), site);
}

StatusOr<Value> MergeByLanguageMethod(const PagesObject& to, std::span<const Value> args) {
  RETURN_IF_ERROR(funcs::WantArgs("MergeByLanguage", args, 1, 1));
  if (!args[0].is_null() && AsPages(args[0]) == nullptr) {
    return InvalidArgumentError("wrong type for value; expected page.Pages; got " +
                                GoTypeName(args[0]));
  }
  return MergeByLanguage(to, args[0]);
}

StatusOr<Value> LangMerge(std::span<const Value> args) {
  const Value& from = args[0];
  const Value& to = args[1];
  if (!to.IsTruthy()) return from;
  if (!from.IsTruthy()) return to;
  const PagesObject* pages = AsPages(to);
  if (pages == nullptr) {
    return InvalidArgumentError("language merge not supported for " + GoTypeName(to));
  }
  return MergeByLanguage(*pages, from);
}

}  // namespace kiln::hugo
