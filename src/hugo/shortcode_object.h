// ShortcodeObject: the dot of a shortcode template (Hugo's ShortcodeWithPage): .Get, .Params,
// .IsNamedParams, .Inner, .InnerDeindent, .Parent, .Ordinal, .Name, .Position, .Page, .Site,
// .Ref and .RelRef (given the call's parameters, as the embedded ref/relref pass them).
// ShortcodePageObject: .Page as a shortcode sees it, the page without its content.
//
// Both borrow the call and the page, which outlive one render. A ShortcodeObject's inner
// content is set once, before its template runs; afterwards it is read-only.
#ifndef KILN_HUGO_SHORTCODE_OBJECT_H_
#define KILN_HUGO_SHORTCODE_OBJECT_H_

#include <functional>
#include <string>

#include "hugo/funcs/scratch.h"
#include "hugo/shortcode_parser.h"
#include "value/value.h"

namespace kiln::hugo {

// The placeholder .Page.TableOfContents returns inside a shortcode.
inline constexpr char kTocPlaceholder[] = "HAHAHUGOSHORTCODETOC0HBHB";

class ShortcodePageObject final : public Object {
 public:
  explicit ShortcodePageObject(const Object* page) : page_(page) {}
  std::string_view TypeName() const override { return "*hugolib.pageForShortcode"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;
  const Object& page() const { return *page_; }

 private:
  const Object* page_;
};

// What Hugo's page equality (`eq`, `ne`, a page's `.Eq`, a page list's `.Next`/`.Prev`)
// compares: a shortcode's `.Page` counts as the page it wraps, though membership (`in`,
// `where`, `uniq`) does not unwrap it.
const void* PageEqIdentity(const Object& object);

// .Position: where a call is (Hugo's text.Position): .Filename, .LineNumber, .ColumnNumber,
// .IsValid, and as text `"file:line:col"`.
class ShortcodePosition final : public Object {
 public:
  ShortcodePosition(std::string file, int line, int column)
      : file_(std::move(file)), line_(line), column_(column) {}
  std::string_view TypeName() const override { return "text.Position"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;
  std::string String() const;

 private:
  std::string file_;
  int line_, column_;
};

// Resolves a reference for .Ref / .RelRef: (path with anchor, output format, relative).
using RefResolver = std::function<StatusOr<std::string>(std::string_view, std::string_view, bool)>;

class ShortcodeObject final : public Object {
 public:
  // `page` is the ShortcodePageObject value; `position` a ShortcodePosition.
  ShortcodeObject(const Shortcode* call, Value parent, Value page, Value position, RefResolver refs)
      : call_(call),
        parent_(std::move(parent)),
        page_(std::move(page)),
        position_(std::move(position)),
        refs_(std::move(refs)) {}

  std::string_view TypeName() const override { return "*hugolib.ShortcodeWithPage"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

  void set_inner(std::string inner) { inner_ = std::move(inner); }

 private:
  Value Get(std::span<const Value> args) const;
  StatusOr<Value> Ref(std::span<const Value> args, bool relative) const;
  std::string InnerDeindent() const;

  const Shortcode* call_;
  Value parent_;
  Value page_;
  Value position_;
  // `.Scratch`: a store of this call's own, as each hugo shortcode call gets one.
  Value scratch_ = Value::FromObject(std::make_shared<funcs::Scratch>());
  RefResolver refs_;
  std::string inner_;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SHORTCODE_OBJECT_H_
