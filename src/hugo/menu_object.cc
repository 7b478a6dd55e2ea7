#include "hugo/menu_object.h"

#include <algorithm>

#include "content/title_collation.h"
#include "hugo/funcs/convert.h"
#include "hugo/site_object.h"
#include "value/go_format.h"
#include "value/map_object.h"

namespace kiln::hugo {
namespace {

Value Str(std::string s) { return Value::String(std::move(s)); }

Value MenuValue(Menu menu, const SiteObject* site);

class MenuEntryObject final : public Object {
 public:
  MenuEntryObject(const MenuEntry* entry, const SiteObject* site) : entry_(entry), site_(site) {}
  std::string_view TypeName() const override { return "*navigation.MenuEntry"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    const MenuEntry& e = *entry_;
    if (name == "Name") return Str(e.name);
    if (name == "URL") return Str(e.Url());
    if (name == "Title") return Str(e.Title());
    if (name == "Weight") return Value::Int(e.weight);
    if (name == "Identifier") return Str(e.identifier);
    if (name == "Parent") return Str(e.parent);
    if (name == "Pre") return Value::String(e.pre, SafeKind::kHTML);
    if (name == "Post") return Value::String(e.post, SafeKind::kHTML);
    if (name == "Children") return e.children.empty() ? Value() : MenuValue(e.children, site_);
    if (name == "HasChildren") return Value::Bool(!e.children.empty());
    if (name == "Page") return site_->PageValue(e.page);
    if (name == "Params") return e.params.is_null() ? Value::Params({}) : e.params;
    if (name == "KeyName") return Str(e.KeyName());
    if (name == "Menu") return Str(e.menu);
    if (name == "ConfiguredURL") return Str(e.configured_url);
    if (name == "PageRef") return Str(e.page_ref);
    if (name == "IsEqual" || name == "IsSameResource") {
      const MenuEntry* other = args.size() == 1 ? EntryOf(args[0]) : nullptr;
      if (other == nullptr) return InvalidArgumentError(std::string(name) + " takes a menu entry");
      return Value::Bool(name == "IsEqual" ? e.IsEqual(*other) : e.IsSameResource(*other));
    }
    return NotFoundError(std::string(name));
  }

  static const MenuEntry* EntryOf(const Value& v) {
    if (v.kind() != ValueKind::kObject) return nullptr;
    const auto* o = dynamic_cast<const MenuEntryObject*>(&v.AsObject());
    return o == nullptr ? nullptr : o->entry_;
  }

 private:
  const MenuEntry* entry_;
  const SiteObject* site_;
};

class MenuObject final : public Object {
 public:
  MenuObject(Menu menu, const SiteObject* site) : menu_(std::move(menu)), site_(site) {
    for (const MenuEntry* e : menu_) {
      values_.push_back(Value::FromObject(std::make_shared<MenuEntryObject>(e, site)));
    }
  }
  std::string_view TypeName() const override { return "navigation.Menu"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    Menu out = menu_;
    if (name == "ByWeight") {
      SortMenu(&out);
    } else if (name == "ByName") {
      std::stable_sort(out.begin(), out.end(), [](const MenuEntry* a, const MenuEntry* b) {
        return FoldCompare(a->name, b->name) < 0;
      });
    } else if (name == "Reverse") {
      std::reverse(out.begin(), out.end());
    } else if (name == "Limit") {
      if (args.size() != 1) return InvalidArgumentError("Limit takes one number");
      ASSIGN_OR_RETURN(int64_t n, funcs::ToInt(args[0]));
      if (n >= 0 && static_cast<size_t>(n) < out.size()) out.resize(static_cast<size_t>(n));
    } else if (name == "Len") {
      return Value::Int(static_cast<int64_t>(menu_.size()));
    } else {
      return NotFoundError(std::string(name));
    }
    return MenuValue(std::move(out), site_);
  }
  const ValueList* AsList() const override { return &values_; }
  bool IsTruthy() const override { return !menu_.empty(); }

 private:
  Menu menu_;
  const SiteObject* site_;
  ValueList values_;
};

Value MenuValue(Menu menu, const SiteObject* site) {
  return Value::FromObject(std::make_shared<MenuObject>(std::move(menu), site));
}

// A map of menus or of a page's entries: range, index and field access by menu name.
class MenuMapObject final : public MapObject {
 public:
  MenuMapObject(std::string_view type, ValueMap entries)
      : type_(type), entries_(std::move(entries)) {}
  std::string_view TypeName() const override { return type_; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value>) const override {
    auto it = entries_.find(name);
    return it == entries_.end() ? Value() : it->second;
  }
  const ValueMap& Entries() const override { return entries_; }

 private:
  std::string_view type_;
  ValueMap entries_;
};

}  // namespace

Value SiteMenusValue(const SiteMenus& menus, const SiteObject* site) {
  ValueMap out;
  for (const auto& [name, menu] : menus.menus()) out.emplace(name, MenuValue(menu, site));
  return Value::FromObject(std::make_shared<MenuMapObject>("navigation.Menus", std::move(out)));
}

namespace {

// Hugo's (string, *navigation.MenuEntry) signature: a call with other arguments fails as Go's
// does (wrongly typed literals, a nil entry dereferenced) rather than answering false.
Status CheckMenuCurrentArgs(std::string_view name, std::span<const Value> args) {
  if (args.size() != 2) {
    return InvalidArgumentError("wrong number of args for " + std::string(name) + ": want 2 got " +
                                std::to_string(args.size()));
  }
  if (args[0].is_null()) return InvalidArgumentError("cannot assign nil to string");
  if (!args[0].is_string()) {
    return InvalidArgumentError("wrong type for value; expected string; got " +
                                GoTypeName(args[0]));
  }
  const Value& entry = args[1];
  if (entry.is_null()) {
    return FailedPreconditionError(
        "runtime error: invalid memory address or nil pointer dereference");
  }
  if (entry.is_string()) {
    std::string message = "can't handle ";
    AppendGoQuote(&message, entry.AsString());
    return InvalidArgumentError(message + " for arg of type *navigation.MenuEntry");
  }
  if (MenuEntryObject::EntryOf(entry) == nullptr) {
    return InvalidArgumentError("wrong type for value; expected *navigation.MenuEntry; got " +
                                GoTypeName(entry));
  }
  return Status::Ok();
}

}  // namespace

StatusOr<Value> PageMenuMember(const SiteMenus& menus, const SiteObject* site, const Page* page,
                               std::string_view name, std::span<const Value> args) {
  if (name == "Menus") {
    ValueMap out;
    for (const auto& [menu, entry] : menus.PageMenus(page)) {
      out.emplace(menu, Value::FromObject(std::make_shared<MenuEntryObject>(entry, site)));
    }
    return Value::FromObject(
        std::make_shared<MenuMapObject>("navigation.PageMenus", std::move(out)));
  }
  RETURN_IF_ERROR(CheckMenuCurrentArgs(name, args));
  const std::string& menu = args[0].AsString();
  const MenuEntry* entry = MenuEntryObject::EntryOf(args[1]);
  if (name == "IsMenuCurrent") return Value::Bool(menus.IsMenuCurrent(page, menu, *entry));
  return Value::Bool(menus.HasMenuCurrent(page, menu, *entry));
}

}  // namespace kiln::hugo
