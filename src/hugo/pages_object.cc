#include "hugo/pages_object.h"

#include <algorithm>
#include <functional>
#include <map>

#include "base/go_stable_sort.h"
#include "content/page_sort.h"
#include "content/title_collation.h"
#include "hugo/funcs/collate.h"
#include "hugo/funcs/convert.h"
#include "hugo/language_merge.h"
#include "hugo/page_object.h"
#include "hugo/pager.h"
#include "hugo/pages_group.h"
#include "hugo/pages_related.h"
#include "hugo/shortcode_object.h"
#include "hugo/site_object.h"

namespace kiln::hugo {
namespace {

using PageLess = std::function<bool(const Page*, const Page*)>;

// A date accessor for the ByDate family; dates compare by whole seconds, as Hugo's do.
PageLess ByTime(Time (*date)(const Page&)) {
  return [date](const Page* a, const Page* b) {
    return date(*a).unix_seconds < date(*b).unix_seconds;
  };
}

bool IsNumber(const Value& v) { return v.is_number(); }

double AsDouble(const Value& v) {
  return v.kind() == ValueKind::kInt ? static_cast<double>(v.AsInt()) : v.AsFloat();
}

// `.LinkTitle`: a home page without a title of its own takes the site's.
const std::string& ObjectLinkTitle(const Page& p, const SiteObject* site) {
  return p.meta.link_title.empty() ? site->ObjectFor(&p)->Title() : p.meta.link_title;
}

// Hugo's ByLanguage order: language weight (0 last), newest first, link title, file.
bool LanguageOrderLess(const Page& a, const Page& b, const SiteObject* site) {
  auto weight = [site](const Page& p) {
    const PageObject* object = site->ObjectFor(&p);
    return object == nullptr ? 0 : object->site().info().language.weight;
  };
  if (int wa = weight(a), wb = weight(b); wa != wb) return WeightLess(wa, wb);
  if (a.meta.date.unix_seconds != b.meta.date.unix_seconds) {
    return a.meta.date.unix_seconds > b.meta.date.unix_seconds;
  }
  // Titles compare as plain strings here, not with the collator of the default order.
  int c = FoldCompare(ObjectLinkTitle(a, site), ObjectLinkTitle(b, site));
  if (c == 0 && a.has_file && b.has_file) return FileOrderLess(a, b);
  return c < 0;
}

}  // namespace

bool DefaultOrderLess(const Page& a, const Page& b, const SiteObject* site) {
  if (a.meta.weight != b.meta.weight) return WeightLess(a.meta.weight, b.meta.weight);
  if (a.meta.date.unix_seconds != b.meta.date.unix_seconds) {
    return a.meta.date.unix_seconds > b.meta.date.unix_seconds;
  }
  int c = funcs::CollateCompare(ObjectLinkTitle(a, site), ObjectLinkTitle(b, site));
  if (c != 0) return c < 0;
  return FileOrderLess(a, b);
}

Value MakePages(std::vector<const Page*> pages, const SiteObject* site) {
  return Value::FromObject(std::make_shared<PagesObject>(std::move(pages), site));
}

std::vector<const Page*> PagesOf(const ValueList& values) {
  std::vector<const Page*> out;
  for (const Value& v : values) {
    if (v.kind() != ValueKind::kObject) continue;
    if (const auto* p = dynamic_cast<const PageObject*>(&v.AsObject())) {
      out.push_back(&p->page());
    } else if (const auto* pager = dynamic_cast<const PaginatedPageObject*>(&v.AsObject())) {
      out.push_back(&pager->page_object().page());
    }
  }
  return out;
}

PagesObject::PagesObject(std::vector<const Page*> pages, const SiteObject* site)
    : pages_(std::move(pages)), site_(site) {
  values_.reserve(pages_.size());
  for (const Page* p : pages_) values_.push_back(site_->PageValue(p));
}

Value PagesObject::Make(std::vector<const Page*> pages) const {
  return MakePages(std::move(pages), site_);
}

Value PagesObject::WithItems(ValueList items) const { return Make(PagesOf(items)); }

StatusOr<Value> PagesObject::Sorted(std::string_view name, std::span<const Value> args) const {
  PageLess less;
  if (name == "ByWeight") {
    less = [this](const Page* a, const Page* b) { return DefaultOrderLess(*a, *b, site_); };
  } else if (name == "ByDate") {
    less = ByTime([](const Page& p) { return p.meta.date; });
  } else if (name == "ByPublishDate") {
    less = ByTime(PublishDateOf);
  } else if (name == "ByExpiryDate") {
    less = ByTime([](const Page& p) { return p.meta.expiry_date; });
  } else if (name == "ByLastmod") {
    less = ByTime([](const Page& p) { return p.meta.lastmod; });
  } else if (name == "ByTitle") {
    less = [this](const Page* a, const Page* b) {
      return funcs::CollateLess(site_->ObjectFor(a)->Title(), site_->ObjectFor(b)->Title());
    };
  } else if (name == "ByLinkTitle") {
    less = [](const Page* a, const Page* b) {
      return funcs::CollateLess(LinkTitle(*a), LinkTitle(*b));
    };
  } else if (name == "ByLanguage") {
    less = [this](const Page* a, const Page* b) { return LanguageOrderLess(*a, *b, site_); };
  } else if (name == "ByLength" || name == "ByParam") {
    // Keys that need the page object are computed once per page.
    std::map<const Page*, Value> keys;
    for (const Page* p : pages_) {
      std::vector<Value> key_args(args.begin(), args.end());
      ASSIGN_OR_RETURN(keys[p],
                       site_->ObjectFor(p)->Member(name == "ByLength" ? "Len" : "Param", key_args));
    }
    if (name == "ByLength") {
      less = [keys](const Page* a, const Page* b) {
        return keys.at(a).AsInt() < keys.at(b).AsInt();
      };
    } else {
      less = [keys](const Page* a, const Page* b) {
        const Value& x = keys.at(a);
        const Value& y = keys.at(b);
        if (x.is_null()) return false;
        if (y.is_null()) return true;
        if (IsNumber(x) && IsNumber(y)) return AsDouble(x) < AsDouble(y);
        StatusOr<std::string> sx = funcs::ToString(x), sy = funcs::ToString(y);
        return funcs::CollateLess(sx.ok() ? *sx : "", sy.ok() ? *sy : "");
      };
    }
  } else {
    return NotFoundError(std::string(name));
  }
  std::vector<const Page*> sorted = pages_;
  // Go's steps, as hugo's page sorts are sort.Stable and ByWeight's order is not strict.
  GoStableSort(sorted.begin(), sorted.end(), less);
  return Make(std::move(sorted));
}

StatusOr<Value> PagesObject::Member(std::string_view name, std::span<const Value> args) const {
  if (name == "Len") return Value::Int(static_cast<int64_t>(pages_.size()));
  if (name == "String") return Value::String("Pages(" + std::to_string(pages_.size()) + ")");
  if (name == "Reverse") return Make(std::vector<const Page*>(pages_.rbegin(), pages_.rend()));
  if (name == "Limit") {
    if (args.size() != 1) return InvalidArgumentError("Limit takes one number");
    ASSIGN_OR_RETURN(int64_t n, funcs::ToInt(args[0]));
    size_t k = std::min(pages_.size(), static_cast<size_t>(std::max<int64_t>(n, 0)));
    return Make(std::vector<const Page*>(pages_.begin(), pages_.begin() + k));
  }
  if (name == "Next" || name == "Prev") {
    // Next is the page before the given one in the list, Prev the one after, found by page
    // equality (so a shortcode's .Page finds its page), as in Hugo.
    if (args.size() != 1 || args[0].kind() != ValueKind::kObject) {
      return InvalidArgumentError(std::string(name) + " takes one page");
    }
    const void* given = PageEqIdentity(args[0].AsObject());
    auto it = std::find_if(values_.begin(), values_.end(), [given](const Value& v) {
      return v.kind() == ValueKind::kObject && v.AsObject().Identity() == given;
    });
    if (it == values_.end()) return Value();
    if (name == "Next") return it == values_.begin() ? Value() : *(it - 1);
    return it + 1 == values_.end() ? Value() : *(it + 1);
  }
  if (name == "Related") {
    std::vector<const Page*> given = PagesOf(std::vector<Value>(args.begin(), args.end()));
    if (given.size() != 1) return InvalidArgumentError("Related takes one page");
    return Make(RelatedPages(pages_, *given[0]));
  }
  if (name == "MergeByLanguage") return MergeByLanguageMethod(*this, args);
  if (name.starts_with("GroupBy")) return GroupPages(*this, site_, name, args);
  if (name.starts_with("By")) return Sorted(name, args);
  return NotFoundError(std::string(name));
}

}  // namespace kiln::hugo
