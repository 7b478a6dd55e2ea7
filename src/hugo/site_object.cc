#include "hugo/site_object.h"

#include <algorithm>

#include "base/strings.h"
#include "hugo/language_object.h"
#include "hugo/menu_object.h"
#include "hugo/page_object.h"
#include "hugo/site_services.h"
#include "hugo/taxonomy_object.h"

namespace kiln::hugo {
namespace {

Value Str(std::string s) { return Value::String(std::move(s)); }

}  // namespace

Value BorrowedObject(const Object* object) {
  // An aliasing shared_ptr with no owner: the SiteObject keeps every object alive for the
  // whole render, longer than any Value a template holds.
  return Value::FromObject(std::shared_ptr<const Object>(std::shared_ptr<const Object>(), object));
}

Value LookupParam(const Value& map, std::string_view key) {
  const Value* current = &map;
  while (true) {
    if (current->kind() != ValueKind::kMap) return Value();
    size_t dot = key.find('.');
    std::string_view head = key.substr(0, dot);
    const Value* next = nullptr;
    for (const auto& [k, v] : current->AsMap()) {
      if (EqualsIgnoreAsciiCase(k, head)) {
        next = &v;
        break;
      }
    }
    if (next == nullptr) return Value();
    if (dot == std::string_view::npos) return *next;
    current = next;
    key = key.substr(dot + 1);
  }
}

SiteObject::SiteObject(SiteInfo info, const ContentTree* content,
                       const markdown::CodeBlockRenderer* code)
    : info_(std::move(info)),
      language_(LanguageObjectValue(info_.language)),
      content_(content),
      code_(code),
      index_(*content) {
  for (const std::vector<Page*>* pages : {&content_->pages(), &content_->disabled_sections()}) {
    for (const Page* p : *pages) pages_.emplace(p, std::make_unique<PageObject>(p, this));
  }
  // A disabled home page still answers .Site.Home and .Parent, without a URL, as in hugo.
  const Page* home = &content_->home();
  pages_.try_emplace(home, std::make_unique<PageObject>(home, this));
  menus_ = std::make_unique<SiteMenus>(info_.menus, *content_, [this](std::string_view ref) {
    return index_.Find(ref, nullptr, true);
  });
}

SiteObject::~SiteObject() = default;

Status SiteObject::UseShortcodes(const ShortcodeTemplates* templates) {
  shortcodes_ = templates;
  const std::vector<Page*>& pages = content_->pages();
  for (const Page* p : pages) RETURN_IF_ERROR(pages_.at(p)->ParseShortcodes());
  const Page* home = &content_->home();
  if (std::find(pages.begin(), pages.end(), home) == pages.end()) {
    RETURN_IF_ERROR(pages_.at(home)->ParseShortcodes());
  }
  return Status::Ok();
}

StatusOr<Value> SiteObject::GetPage(std::span<const Value> args, const Page* context) const {
  // The last argument is the reference; an older form put a page kind before it.
  if (args.empty() || args.size() > 2 || !args.back().is_string()) {
    return InvalidArgumentError("GetPage takes a path");
  }
  return PageValue(index_.Find(args.back().AsString(), context, context == nullptr));
}

const PageObject* SiteObject::ObjectFor(const Page* page) const {
  auto it = pages_.find(page);
  if (it != pages_.end()) return it->second.get();
  // A page of another language (a translation).
  for (const SiteObject* site : sites_) {
    if (site == this) continue;
    auto other = site->pages_.find(page);
    if (other != site->pages_.end()) return other->second.get();
  }
  return nullptr;
}

Value SiteObject::PageValue(const Page* page) const {
  const PageObject* object = ObjectFor(page);
  return object == nullptr ? Value() : BorrowedObject(object);
}

Value SiteObject::LanguageValue() const { return language_; }

Value SiteObject::SitesValue() const {
  if (sites_.empty()) return Value::List({SelfValue()});
  ValueList out;
  for (const SiteObject* site : sites_) out.push_back(site->SelfValue());
  return Value::List(std::move(out));
}

Value SiteObject::SelfValue() const { return BorrowedObject(this); }

StatusOr<Value> SiteObject::Member(std::string_view name, std::span<const Value> args) const {
  if (std::optional<Value> v = SiteServiceMember(info_.config, name)) return *std::move(v);
  if (name == "Title") return Str(info_.title);
  if (name == "BaseURL") return Str(info_.base_url);
  if (name == "Params") return info_.params.is_null() ? Value::Params({}) : info_.params;
  if (name == "Param" && args.size() == 1 && args[0].is_string()) {
    return LookupParam(info_.params, args[0].AsString());
  }
  if (name == "RegularPages") return PageList(content_->regular_pages());
  if (name == "Sections") {
    std::vector<Page*> sections;
    for (Page* p : content_->home().pages) {
      if (p->kind == PageKind::kSection) sections.push_back(p);
    }
    return PageList(sections);
  }
  if (name == "Home") return PageValue(&content_->home());
  if (name == "GetPage") return GetPage(args, nullptr);
  if (name == "Taxonomies") return TaxonomyListValue(this);
  if (name == "Menus") return SiteMenusValue(*menus_, this);
  if (name == "Data") return info_.data.is_null() ? Value::Map({}) : info_.data;
  if (name == "LanguageCode") return Str(info_.language_code);
  if (name == "Copyright") return Str(info_.copyright);
  // A plain-string `author` reads as an empty map, as in Hugo.
  if (name == "Author") {
    return info_.author.kind() == ValueKind::kMap ? info_.author : Value::Map({});
  }
  if (name == "Language") return LanguageValue();
  if (name == "IsServer") return Value::Bool(false);
  if (name == "IsMultiLingual") return Value::Bool(sites_.size() > 1);
  if (name == "LanguagePrefix") return Str(info_.language_prefix);
  if (name == "Sites") return SitesValue();
  if (name == "Languages") {
    if (sites_.empty()) return Value::List({LanguageValue()});
    ValueList out;
    for (const SiteObject* site : sites_) out.push_back(site->LanguageValue());
    return Value::List(std::move(out));
  }
  return MoreMember(name, args);
}

}  // namespace kiln::hugo
