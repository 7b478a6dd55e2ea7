#include "hugo/pages_group.h"

#include <algorithm>

#include "base/strings.h"
#include "hugo/funcs/collate.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/time_locale.h"
#include "hugo/page_object.h"
#include "hugo/site_object.h"
#include "value/go_format.h"
#include "value/time_format.h"

namespace kiln::hugo {
namespace {

// One group: `.Key`, `.Pages`, and the collection methods of its pages.
class PageGroupObject final : public Object {
 public:
  PageGroupObject(Value key, Value pages) : key_(std::move(key)), pages_(std::move(pages)) {}
  const Value& key() const { return key_; }
  const std::vector<const Page*>& pages() const {
    return static_cast<const PagesObject&>(pages_.AsObject()).pages();
  }
  std::string_view TypeName() const override { return "page.PageGroup"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    if (name == "Key") return key_;
    if (name == "Pages") return pages_;
    return pages_.AsObject().Member(name, args);
  }
  // Hugo's PageGroup embeds its Pages, so `.Paginate` takes a group as its pages.
  const ValueList* AsList() const override { return pages_.AsObject().AsList(); }

 private:
  Value key_;
  Value pages_;
};

class PagesGroupObject final : public Object {
 public:
  explicit PagesGroupObject(ValueList groups) : groups_(std::move(groups)) {}
  std::string_view TypeName() const override { return "page.PagesGroup"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    // Hugo's PagesGroup.Len counts the pages of all groups, not the groups.
    if (name == "Len") {
      int64_t n = 0;
      for (const Value& g : groups_) {
        n += static_cast<int64_t>(static_cast<const PageGroupObject&>(g.AsObject()).pages().size());
      }
      return Value::Int(n);
    }
    if (name == "Reverse") {
      return Value::FromObject(
          std::make_shared<PagesGroupObject>(ValueList(groups_.rbegin(), groups_.rend())));
    }
    return NotFoundError(std::string(name));
  }
  const ValueList* AsList() const override { return &groups_; }
  bool IsTruthy() const override { return !groups_.empty(); }

 private:
  ValueList groups_;
};

StatusOr<bool> IsDesc(std::span<const Value> args, size_t at, bool by_default) {
  if (args.size() <= at) return by_default;
  ASSIGN_OR_RETURN(std::string order, funcs::ToString(args[at]));
  return EqualsIgnoreAsciiCase(order, "desc");
}

bool KeyLess(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    auto d = [](const Value& v) {
      return v.kind() == ValueKind::kInt ? static_cast<double>(v.AsInt()) : v.AsFloat();
    };
    return d(a) < d(b);
  }
  StatusOr<std::string> x = funcs::ToString(a), y = funcs::ToString(b);
  return funcs::CollateLess(x.ok() ? *x : "", y.ok() ? *y : "");
}

// Groups `pages` by the value `key_of` gives each (null: left out), keys in order.
template <typename KeyOf>
StatusOr<Value> GroupByKey(const std::vector<const Page*>& pages, const SiteObject* site, bool desc,
                           KeyOf key_of) {
  std::vector<PageGroup> groups;
  for (const Page* p : pages) {
    ASSIGN_OR_RETURN(Value key, key_of(p));
    if (key.is_null()) continue;
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const PageGroup& g) { return g.key == key; });
    if (it == groups.end()) it = groups.insert(groups.end(), PageGroup{key, {}});
    it->pages.push_back(p);
  }
  std::stable_sort(groups.begin(), groups.end(), [desc](const PageGroup& a, const PageGroup& b) {
    return desc ? KeyLess(b.key, a.key) : KeyLess(a.key, b.key);
  });
  return MakePagesGroup(std::move(groups), site);
}

// Sorts `pages` by the date `date_of` gives (pages without one are left out), newest
// first when `desc`, and groups neighbours whose dates format alike.
template <typename DateOf>
Value GroupByDate(const std::vector<const Page*>& pages, const SiteObject* site,
                  std::string_view layout, bool desc, DateOf date_of) {
  std::vector<std::pair<const Page*, Time>> dated;
  for (const Page* p : pages) {
    std::optional<Time> t = date_of(p);
    if (t) dated.emplace_back(p, *t);
  }
  std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) {
    return a.second.unix_seconds < b.second.unix_seconds;
  });
  if (desc) std::reverse(dated.begin(), dated.end());
  std::vector<PageGroup> groups;
  // Hugo prints the keys in the site language's month and weekday names.
  const funcs::TimeLocale& locale =
      funcs::FindTimeLocale(site->info().language.lang, site->content().options().default_lang);
  for (const auto& [p, t] : dated) {
    Value key = Value::String(funcs::FormatLocalTime(t, layout, locale));
    if (groups.empty() || !(groups.back().key == key)) groups.push_back(PageGroup{key, {}});
    groups.back().pages.push_back(p);
  }
  return MakePagesGroup(std::move(groups), site);
}

}  // namespace

Value MakePagesGroup(std::vector<PageGroup> groups, const SiteObject* site) {
  ValueList out;
  for (PageGroup& g : groups)
    out.push_back(MakePageGroup(std::move(g.key), std::move(g.pages), site));
  return Value::FromObject(std::make_shared<PagesGroupObject>(std::move(out)));
}

Value MakePageGroup(Value key, std::vector<const Page*> pages, const SiteObject* site) {
  return Value::FromObject(
      std::make_shared<PageGroupObject>(std::move(key), MakePages(std::move(pages), site)));
}

std::optional<PageGroup> PageGroupOf(const Value& v) {
  if (v.kind() != ValueKind::kObject) return std::nullopt;
  const auto* group = dynamic_cast<const PageGroupObject*>(&v.AsObject());
  if (group == nullptr) return std::nullopt;
  return PageGroup{group->key(), group->pages()};
}

std::optional<std::vector<PageGroup>> PageGroupsOf(const Value& v) {
  if (v.kind() != ValueKind::kObject) return std::nullopt;
  const auto* groups = dynamic_cast<const PagesGroupObject*>(&v.AsObject());
  if (groups == nullptr) return std::nullopt;
  std::vector<PageGroup> out;
  for (const Value& g : *groups->AsList()) {
    const auto& group = static_cast<const PageGroupObject&>(g.AsObject());
    out.push_back(PageGroup{group.key(), group.pages()});
  }
  return out;
}

StatusOr<Value> GroupPages(const PagesObject& pages, const SiteObject* site, std::string_view name,
                           std::span<const Value> args) {
  const std::vector<const Page*>& list = pages.pages();
  auto page_member = [site](const Page* p, std::string_view member, std::vector<Value> a) {
    return site->ObjectFor(p)->Member(member, a);
  };
  if (name == "GroupBy" || name == "GroupByParam") {
    if (args.empty()) return InvalidArgumentError(std::string(name) + " takes a key");
    ASSIGN_OR_RETURN(std::string key, funcs::ToString(args[0]));
    ASSIGN_OR_RETURN(bool desc, IsDesc(args, 1, false));
    if (name == "GroupByParam") {
      return GroupByKey(list, site, desc, [&](const Page* p) {
        return page_member(p, "Param", {Value::String(key)});
      });
    }
    return GroupByKey(list, site, desc, [&](const Page* p) -> StatusOr<Value> {
      StatusOr<Value> v = page_member(p, key, {});
      if (!v.ok() && v.status().code() == StatusCode::kNotFound) {
        return InvalidArgumentError("\"" + key + "\" is neither a field nor a method of Page");
      }
      return v;
    });
  }
  if (name == "GroupByParamDate") {
    if (args.size() < 2) return InvalidArgumentError("GroupByParamDate takes a key and a layout");
    ASSIGN_OR_RETURN(std::string key, funcs::ToString(args[0]));
    ASSIGN_OR_RETURN(std::string layout, funcs::ToString(args[1]));
    ASSIGN_OR_RETURN(bool desc, IsDesc(args, 2, true));
    return GroupByDate(list, site, layout, desc, [&](const Page* p) -> std::optional<Time> {
      StatusOr<Value> v = page_member(p, "Param", {Value::String(key)});
      if (!v.ok() || v->kind() != ValueKind::kTime) return std::nullopt;
      return v->AsTime();
    });
  }
  Time (*date)(const Page&) = nullptr;
  if (name == "GroupByDate") date = [](const Page& p) { return p.meta.date; };
  if (name == "GroupByPublishDate") date = PublishDateOf;
  if (name == "GroupByExpiryDate") date = [](const Page& p) { return p.meta.expiry_date; };
  if (name == "GroupByLastmod") date = [](const Page& p) { return p.meta.lastmod; };
  if (date == nullptr) return NotFoundError(std::string(name));
  if (args.empty()) return InvalidArgumentError(std::string(name) + " takes a layout");
  ASSIGN_OR_RETURN(std::string layout, funcs::ToString(args[0]));
  ASSIGN_OR_RETURN(bool desc, IsDesc(args, 1, true));
  return GroupByDate(list, site, layout, desc,
                     [date](const Page* p) -> std::optional<Time> { return date(*p); });
}

}  // namespace kiln::hugo
