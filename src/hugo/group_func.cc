#include "hugo/group_func.h"

#include "hugo/pages_group.h"
#include "value/go_format.h"

namespace kiln::hugo {

void RegisterGroupFunc(const SiteObject* site, tmpl::FuncMap* funcs) {
  tmpl::Function group;
  group.params = {tmpl::ParamKind::kAny, tmpl::ParamKind::kAny};
  group.impl = [site](const tmpl::CallContext&, std::span<const Value> a) -> StatusOr<Value> {
    const Value& items = a[1];
    const auto* pages = items.kind() == ValueKind::kObject
                            ? dynamic_cast<const PagesObject*>(&items.AsObject())
                            : nullptr;
    if (pages == nullptr) {
      return InvalidArgumentError("grouping not supported for type " + GoTypeName(items) +
                                  " *interface {}");
    }
    return MakePageGroup(a[0], pages->pages(), site);
  };
  funcs->Register("group", std::move(group));

  const tmpl::Function* slice = funcs->Find("slice");
  if (slice == nullptr) return;
  tmpl::Function wrapped = *slice;
  wrapped.append = nullptr;
  wrapped.impl = [site, inner = slice->impl](const tmpl::CallContext& ctx,
                                             std::span<const Value> a) -> StatusOr<Value> {
    if (a.empty() || !PageGroupOf(a[0])) return inner(ctx, a);
    std::vector<PageGroup> groups;
    for (const Value& v : a) {
      std::optional<PageGroup> g = PageGroupOf(v);
      if (!g) return InvalidArgumentError("type " + GoTypeName(v) + " is not a PageGroup");
      groups.push_back(std::move(*g));
    }
    return MakePagesGroup(std::move(groups), site);
  };
  funcs->Register("slice", std::move(wrapped));
}

}  // namespace kiln::hugo
