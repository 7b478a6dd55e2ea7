// The SiteObject members beyond the basic ones: whole-site page lists in Hugo's order (every
// language's for AllPages), the language and the sites list, the generator's info, and
// configuration values.
#include <algorithm>

#include "base/go_stable_sort.h"
#include "hugo/page_ref.h"
#include "hugo/pages_object.h"
#include "hugo/site_object.h"

namespace kiln::hugo {
namespace {

Value Str(std::string s) { return Value::String(std::move(s)); }

Value MapOrEmpty(const Value* v) {
  return v != nullptr && v->kind() == ValueKind::kMap ? *v : Value::Map({});
}

}  // namespace

Value SiteObject::HugoInfo() const {
  const std::string& env = info_.environment.empty() ? "production" : info_.environment;
  return Value::Map(
      {{"Version", Str("0.111.3")},
       {"Generator",
        Value::String("<meta name=\"generator\" content=\"Hugo 0.111.3\">", SafeKind::kHTML)},
       {"Environment", Str(env)},
       {"IsProduction", Value::Bool(env == "production")},
       {"IsExtended", Value::Bool(false)}});
}

const std::vector<const Page*>& SiteObject::AllPages() const {
  std::call_once(all_pages_once_, [this] {
    std::vector<const SiteObject*> sites = sites_;
    if (sites.empty()) sites.push_back(this);
    for (const SiteObject* site : sites) {
      const std::vector<Page*>& pages = site->content_->pages();
      all_pages_.insert(all_pages_.end(), pages.begin(), pages.end());
    }
    // Sorted again even with one language, as hugo does: the sort moves pages that tie.
    GoStableSort(all_pages_.begin(), all_pages_.end(),
                 [this](const Page* a, const Page* b) { return DefaultOrderLess(*a, *b, this); });
  });
  return all_pages_;
}

StatusOr<Value> SiteObject::MoreMember(std::string_view name, std::span<const Value>) const {
  // Already in the default order; sorting again would move pages that tie.
  if (name == "Pages") return PageList(content_->pages());
  if (name == "AllPages") return PageList(AllPages());
  if (name == "AllRegularPages") {
    std::vector<const Page*> regular;
    for (const Page* p : AllPages()) {
      if (p->kind == PageKind::kPage) regular.push_back(p);
    }
    return PageList(regular);
  }
  if (name == "BuildDrafts") return Value::Bool(content_->options().build_drafts);
  if (name == "Hugo") return HugoInfo();
  if (name == "Current") return SelfValue();
  if (name == "LastChange") {
    Time last = Time::Zero();
    for (const Page* p : content_->pages()) last = std::max(last, p->meta.lastmod);
    return Value::FromTime(last);
  }
  if (name == "Authors") return MapOrEmpty(info_.config.Find("authors"));
  return NotFoundError(std::string(name));
}

void RegisterSiteObjectFuncs(const SiteObject* site, tmpl::FuncMap* funcs) {
  auto constant = [](Value v) {
    tmpl::Function f;
    f.impl = [v](const tmpl::CallContext&, std::span<const Value>) -> StatusOr<Value> { return v; };
    return f;
  };
  funcs->Register("site", constant(site->SelfValue()));
  // ref and relref: PAGE REF, the reference resolved from that page.
  for (bool relative : {false, true}) {
    tmpl::Function f;
    f.params = {tmpl::ParamKind::kAny, tmpl::ParamKind::kAny};
    f.impl = [site, relative](const tmpl::CallContext&,
                              std::span<const Value> args) -> StatusOr<Value> {
      std::vector<const Page*> from = PagesOf(ValueList(args.begin(), args.begin() + 1));
      return PageRefLink(site, from.empty() ? nullptr : from[0], args[1], relative);
    };
    funcs->Register(relative ? "relref" : "ref", f);
  }
}

}  // namespace kiln::hugo
