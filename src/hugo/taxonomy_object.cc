#include "hugo/taxonomy_object.h"

#include <algorithm>

#include "hugo/funcs/convert.h"
#include "hugo/page_object.h"
#include "hugo/pages_object.h"
#include "hugo/site_object.h"
#include "value/map_object.h"

namespace kiln::hugo {
namespace {

Value Obj(std::shared_ptr<const Object> o) { return Value::FromObject(std::move(o)); }

// One page of a term with its `<plural>_weight`; otherwise answers as the page.
class WeightedPageObject final : public Object {
 public:
  WeightedPageObject(Value page, int weight) : page_(std::move(page)), weight_(weight) {}
  std::string_view TypeName() const override { return "page.WeightedPage"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    if (name == "Weight") return Value::Int(weight_);
    if (name == "Page") return page_;
    return page_.AsObject().Member(name, args);
  }

 private:
  Value page_;
  int weight_;
};

// The page a term renders as: another spelling's, for one hugo merges into it.
const Page* OwnPage(const Page* term) {
  return term->merged_term != nullptr ? term->merged_term : term;
}

// The pages of one term, by weight. Without a term (null): the empty WeightedPages `index`
// gives for a term a taxonomy does not have.
class WeightedPagesObject final : public Object {
 public:
  WeightedPagesObject(const Page* term, const SiteObject* site) : term_(term), site_(site) {
    if (term == nullptr) return;
    for (const auto& [page, weight] : term->weighted_pages) {
      entries_.push_back(Obj(std::make_shared<WeightedPageObject>(site->PageValue(page), weight)));
    }
  }
  std::string_view TypeName() const override { return "page.WeightedPages"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Count" || name == "Len") {
      return Value::Int(static_cast<int64_t>(entries_.size()));
    }
    if (name == "Pages") {
      std::vector<const Page*> pages;
      if (term_ != nullptr) {
        for (const auto& [page, weight] : term_->weighted_pages) pages.push_back(page);
      }
      return MakePages(std::move(pages), site_);
    }
    if (name == "Page") {  // the term's own page
      if (term_ == nullptr) return FailedPreconditionError("WeightedPages is empty");
      return site_->PageValue(OwnPage(term_));
    }
    return NotFoundError(std::string(name));
  }
  const ValueList* AsList() const override { return &entries_; }
  bool IsTruthy() const override { return !entries_.empty(); }
  const Page* term() const { return term_; }

 private:
  const Page* term_;
  const SiteObject* site_;
  ValueList entries_;
};

// An entry of `.ByCount` or `.Alphabetical`: a term with its weighted pages.
class OrderedEntryObject final : public Object {
 public:
  OrderedEntryObject(const Page* term, Value weighted, const SiteObject* site)
      : term_(term), weighted_(std::move(weighted)), site_(site) {}
  std::string_view TypeName() const override { return "page.OrderedTaxonomyEntry"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    if (name == "Name" || name == "Term") return Value::String(term_->term);
    if (name == "WeightedPages") return weighted_;
    if (name == "Page") return site_->PageValue(OwnPage(term_));
    return weighted_.AsObject().Member(name, args);
  }

 private:
  const Page* term_;
  Value weighted_;
  const SiteObject* site_;
};

class OrderedTaxonomyObject final : public Object {
 public:
  explicit OrderedTaxonomyObject(ValueList entries) : entries_(std::move(entries)) {}
  std::string_view TypeName() const override { return "page.OrderedTaxonomy"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    if (name == "Reverse") {
      return Obj(
          std::make_shared<OrderedTaxonomyObject>(ValueList(entries_.rbegin(), entries_.rend())));
    }
    if (name == "Len") return Value::Int(static_cast<int64_t>(entries_.size()));
    return NotFoundError(std::string(name));
  }
  const ValueList* AsList() const override { return &entries_; }
  bool IsTruthy() const override { return !entries_.empty(); }

 private:
  ValueList entries_;
};

// A map-like object: range, index and field access see `entries_`.
class TermsMapObject : public MapObject {
 public:
  explicit TermsMapObject(ValueMap entries) : entries_(std::move(entries)) {}
  const ValueMap& Entries() const override { return entries_; }

 protected:
  // The entry `key`, or null.
  Value Entry(std::string_view key) const {
    auto it = entries_.find(key);
    return it == entries_.end() ? Value() : it->second;
  }
  ValueMap entries_;
};

class TaxonomyObject final : public TermsMapObject {
 public:
  TaxonomyObject(ValueMap terms, const SiteObject* site)
      : TermsMapObject(std::move(terms)), site_(site) {}
  std::string_view TypeName() const override { return "page.Taxonomy"; }
  Value MissingEntry() const override {
    return Obj(std::make_shared<WeightedPagesObject>(nullptr, site_));
  }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    if (name == "ByCount" || name == "Alphabetical" || name == "TaxonomyArray") {
      return Ordered(name);
    }
    if (name == "Count" || name == "Get") {
      if (args.size() != 1) return InvalidArgumentError(std::string(name) + " takes a term");
      ASSIGN_OR_RETURN(std::string key, funcs::ToString(args[0]));
      Value entry = Entry(key);
      if (name == "Get") return entry;
      return Value::Int(entry.is_null() ? 0
                                        : static_cast<int64_t>(entry.AsObject().AsList()->size()));
    }
    return Entry(name);
  }

 private:
  Value Ordered(std::string_view name) const {
    struct Item {
      const std::string* key;
      size_t count;
      Value weighted;
    };
    std::vector<Item> items;
    for (const auto& [key, weighted] : entries_) {
      items.push_back({&key, weighted.AsObject().AsList()->size(), weighted});
    }
    // Entries are already in key order (Alphabetical); ByCount puts the largest first.
    if (name == "ByCount") {
      std::stable_sort(items.begin(), items.end(),
                       [](const Item& a, const Item& b) { return a.count > b.count; });
    }
    ValueList out;
    for (const Item& item : items) {
      const auto& weighted = static_cast<const WeightedPagesObject&>(item.weighted.AsObject());
      out.push_back(
          Obj(std::make_shared<OrderedEntryObject>(weighted.term(), item.weighted, site_)));
    }
    return Obj(std::make_shared<OrderedTaxonomyObject>(std::move(out)));
  }

  const SiteObject* site_;
};

class TaxonomyListObject final : public TermsMapObject {
 public:
  using TermsMapObject::TermsMapObject;
  std::string_view TypeName() const override { return "page.TaxonomyList"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    return Entry(name);
  }
};

std::string SingularOf(const std::string& plural, const SiteObject* site) {
  for (const Taxonomy& t : site->content().options().taxonomies) {
    if (t.plural == plural) return t.singular;
  }
  return plural;
}

}  // namespace

Value TaxonomyValue(const Page& taxonomy, const SiteObject* site) {
  ValueMap terms;
  // With the term kind disabled a taxonomy lists no terms.
  if (site->content().options().disabled_kinds.contains("term")) {
    return Obj(std::make_shared<TaxonomyObject>(std::move(terms), site));
  }
  for (const Page* term : taxonomy.pages) {
    terms.emplace(term->term, Obj(std::make_shared<WeightedPagesObject>(term, site)));
    for (const Page* spelling : term->term_spellings) {
      terms.emplace(spelling->term, Obj(std::make_shared<WeightedPagesObject>(spelling, site)));
    }
  }
  return Obj(std::make_shared<TaxonomyObject>(std::move(terms), site));
}

Value TaxonomyListValue(const SiteObject* site) {
  ValueMap taxonomies;
  for (const Page* p : site->content().taxonomies()) {
    taxonomies.emplace(p->taxonomy, TaxonomyValue(*p, site));
  }
  return Obj(std::make_shared<TaxonomyListObject>(std::move(taxonomies)));
}

Value TaxonomyPageData(const Page& page, const SiteObject* site) {
  ValueMap data{{"Singular", Value::String(SingularOf(page.taxonomy, site))},
                {"Plural", Value::String(page.taxonomy)},
                {"Pages", site->PageList(page.pages)}};
  if (page.kind == PageKind::kTerm) {
    data.emplace("Term", Value::String(page.meta.title));
  } else {
    Value terms = TaxonomyValue(page, site);
    data.emplace("Terms", terms);
    data.emplace("Index", terms);
  }
  return Value::Map(std::move(data));
}

}  // namespace kiln::hugo
