#include "hugo/not_found_page.h"

#include <utility>

namespace kiln::hugo {
namespace {

std::unique_ptr<Page> MakeNotFoundPage(const ContentTree& content) {
  const Page& home = content.home();
  auto page = std::make_unique<Page>();
  page->kind = PageKind::kPage;  // answers as a regular page but where overridden below
  page->meta.title = "404 Page not found";
  page->meta.outputs = {"html"};
  // Under the language's root, which a disabled home page has no URL for.
  const ContentOptions& o = content.options();
  page->rel_permalink =
      (home.rel_permalink.empty() ? o.base_url_path + o.lang_prefix : home.rel_permalink) +
      "404.html";
  page->lang = home.lang;
  // The home page is its section, first section and only ancestor (never written through).
  page->parent = const_cast<Page*>(&home);
  return page;
}

}  // namespace

NotFoundPageObject::NotFoundPageObject(const SiteObject* site)
    : site_(site), page_(MakeNotFoundPage(site->content())), object_(page_.get(), site) {}

StatusOr<Value> NotFoundPageObject::Member(std::string_view name,
                                           std::span<const Value> args) const {
  if (name == "Kind") return Value::String("404");
  if (name == "Page") return BorrowedObject(this);
  if (name == "IsPage") return Value::Bool(false);
  if (name == "IsNode") return Value::Bool(true);
  if (name == "BundleType") return Value::String("branch");  // as every node
  if (name == "Parent") return site_->PageValue(&site_->content().home());
  if (name == "TableOfContents") return Value::String("", SafeKind::kHTML);
  if (name == "Keywords") return Value::List({});
  // hugo's 404 page has no translations, not even itself.
  if (name == "Translations" || name == "AllTranslations") return Value::List({});
  if (name == "Pages" || name == "RegularPages") return site_->Member(name, args);
  return object_.Member(name, args);
}

const Object* NotFoundPageObject::CacheIdentity() const {
  const Page& home = site_->content().home();
  if (home.has_file || !home.ShouldRender()) return this;
  const PageObject* object = site_->ObjectFor(&home);
  return object == nullptr ? static_cast<const Object*>(this) : object;
}

}  // namespace kiln::hugo
