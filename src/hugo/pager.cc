#include "hugo/pager.h"

#include <algorithm>

#include "content/pagination.h"
#include "hugo/page_output_formats.h"
#include "hugo/pages_group.h"
#include "hugo/pages_object.h"
#include "hugo/site_object.h"

namespace kiln::hugo {
namespace {

class PagerObject final : public Object {
 public:
  PagerObject(std::shared_ptr<const Paginator> paginator, int n)
      : paginator_(std::move(paginator)), n_(n) {}

  std::string_view TypeName() const override { return "*page.Pager"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

 private:
  std::pair<size_t, size_t> Range() const {
    const Paginator& p = *paginator_;
    size_t size = static_cast<size_t>(p.page_size);
    size_t begin = std::min(p.items.size(), static_cast<size_t>(n_ - 1) * size);
    return {begin, std::min(p.items.size(), begin + size)};
  }

  // This pager's slice of the groups: neighbouring pages with equal keys form one group.
  Value PageGroups() const {
    const Paginator& p = *paginator_;
    std::vector<PageGroup> groups;
    if (p.group_keys.has_value()) {
      auto [begin, end] = Range();
      for (size_t i = begin; i < end; ++i) {
        const Value& key = (*p.group_keys)[i];
        if (groups.empty() || !(groups.back().key == key)) groups.push_back(PageGroup{key, {}});
        groups.back().pages.push_back(p.items[i]);
      }
    }
    return MakePagesGroup(std::move(groups), p.site);
  }

  std::shared_ptr<const Paginator> paginator_;
  int n_;
};

StatusOr<Value> PagerObject::Member(std::string_view name, std::span<const Value>) const {
  const Paginator& p = *paginator_;
  const int total = p.TotalPages();
  if (name == "PageNumber") return Value::Int(n_);
  if (name == "TotalPages") return Value::Int(total);
  if (name == "TotalNumberOfElements") return Value::Int(static_cast<int64_t>(p.items.size()));
  if (name == "PageSize") return Value::Int(p.page_size);
  if (name == "URL") return Value::String(p.Url(n_));
  if (name == "HasPrev") return Value::Bool(n_ > 1);
  if (name == "HasNext") return Value::Bool(n_ < total);
  if (name == "Prev") return n_ > 1 ? PagerValue(paginator_, n_ - 1) : Value();
  if (name == "Next") return n_ < total ? PagerValue(paginator_, n_ + 1) : Value();
  if (name == "First") return PagerValue(paginator_, 1);
  if (name == "Last") return PagerValue(paginator_, total);
  if (name == "Pages") {
    if (p.group_keys.has_value()) return MakePages({}, p.site);
    auto [begin, end] = Range();
    return p.site->PageList(
        std::vector<const Page*>(p.items.begin() + begin, p.items.begin() + end));
  }
  if (name == "PageGroups") return PageGroups();
  if (name == "NumberOfElements") {
    auto [begin, end] = Range();
    return Value::Int(static_cast<int64_t>(end - begin));
  }
  if (name == "Pagers") {
    ValueList pagers;
    for (int k = 1; k <= total; ++k) pagers.push_back(PagerValue(paginator_, k));
    return Value::List(std::move(pagers));
  }
  return NotFoundError(std::string(name));
}

}  // namespace

int Paginator::TotalPages() const {
  // An empty collection still has one (empty) pager.
  return PagerCount(items.size(), page_size);
}

std::string Paginator::Url(int n) const {
  if (n == 1) return first_url;
  return pager_dir + std::to_string(n) + (ugly_urls ? ".html" : "/");
}

Value PagerValue(std::shared_ptr<const Paginator> paginator, int n) {
  n = std::clamp(n, 1, paginator->TotalPages());
  return Value::FromObject(std::make_shared<PagerObject>(std::move(paginator), n));
}

Value PaginatedPageObject::Paginate(std::vector<const Page*> items,
                                    std::optional<std::vector<Value>> group_keys,
                                    int page_size) const {
  // Hugo builds the pager once per page: later calls, whatever their arguments, get it.
  if (used_.has_value()) return cached_;
  used_ = PaginationUse{items.size(), page_size};
  auto paginator = std::make_shared<Paginator>();
  paginator->items = std::move(items);
  paginator->group_keys = std::move(group_keys);
  paginator->page_size = page_size;
  paginator->first_url = page_->page().rel_permalink;
  const ContentOptions& options = site_->content().options();
  std::string_view dir = paginator->first_url;
  const bool ugly_file = options.ugly_urls && dir.ends_with(".html");
  if (ugly_file) dir.remove_suffix(5);
  paginator->pager_dir =
      std::string(dir) + (ugly_file ? "/" : "") + options.paginate_path + "/";
  paginator->ugly_urls = options.ugly_urls;
  paginator->site = site_;
  cached_ = PagerValue(std::move(paginator), pager_);
  return cached_;
}

StatusOr<Value> PaginatedPageObject::Member(std::string_view name,
                                            std::span<const Value> args) const {
  const ContentOptions& o = site_->content().options();
  const int default_size = o.paginate > 0 ? o.paginate : 10;
  if (name == "Paginator") {
    const std::vector<Page*>& items =
        PaginatedItems(page_->page(), site_->content().regular_pages());
    return Paginate(std::vector<const Page*>(items.begin(), items.end()), std::nullopt,
                    default_size);
  }
  if (name == "Paginate") {
    if (args.empty() || args.size() > 2) {
      return InvalidArgumentError("wrong number of args for Paginate: want 1 or 2 got " +
                                  std::to_string(args.size()));
    }
    std::vector<const Page*> items;
    std::optional<std::vector<Value>> group_keys;
    if (std::optional<std::vector<PageGroup>> groups = PageGroupsOf(args[0])) {
      group_keys.emplace();
      for (const PageGroup& g : *groups) {
        items.insert(items.end(), g.pages.begin(), g.pages.end());
        group_keys->insert(group_keys->end(), g.pages.size(), g.key);
      }
    } else {
      const ValueList* list = args[0].kind() == ValueKind::kList     ? &args[0].AsList()
                              : args[0].kind() == ValueKind::kObject ? args[0].AsObject().AsList()
                                                                     : nullptr;
      if (list == nullptr) return InvalidArgumentError("Paginate takes a list of pages");
      // The page being rendered (`slice .`) counts as its page, as in any page list.
      items = PagesOf(*list);
    }
    int size = default_size;
    if (args.size() == 2) {
      if (args[1].kind() != ValueKind::kInt || args[1].AsInt() <= 0) {
        return InvalidArgumentError("Paginate: the page size must be a positive integer");
      }
      size = static_cast<int>(args[1].AsInt());
    }
    return Paginate(std::move(items), std::move(group_keys), size);
  }
  if (format_ != nullptr) {
    if (name == "RelPermalink") {
      return Value::String(RenderingRelPermalink(page_->page(), *site_, *format_));
    }
    if (name == "Permalink") {
      return Value::String(site_->AbsUrl(RenderingRelPermalink(page_->page(), *site_, *format_)));
    }
    if (name == "AlternativeOutputFormats") {
      return PageOutputFormatsValue(page_->page(), *site_, format_->name);
    }
  }
  return page_->Member(name, args);
}

}  // namespace kiln::hugo
