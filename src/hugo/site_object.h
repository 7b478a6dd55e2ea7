// SiteObject: `.Site` as templates see it, and the owner of one PageObject per page of the
// site, so each page's Markdown is rendered at most once per build whichever template asks.
//
// The SiteObject borrows the content tree and the code-block renderer; both must outlive
// it. It is built single-threaded before rendering and is then read (and its pages' lazy
// content filled in) from many threads at once.
#ifndef KILN_HUGO_SITE_OBJECT_H_
#define KILN_HUGO_SITE_OBJECT_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "content/language.h"
#include "hugo/content_waits.h"
#include "hugo/menu.h"
#include "hugo/page_lookup.h"
#include "hugo/page_output_formats.h"
#include "hugo/page_render.h"
#include "hugo/pages_object.h"
#include "markdown/markdown.h"
#include "template/functions.h"
#include "value/value.h"

namespace kiln::hugo {

class PageObject;
class RenderHookTemplates;
class ResourceContext;
class ShortcodeTemplates;

// The site-level values `.Site` answers from the configuration.
struct SiteInfo {
  std::string title;
  std::string base_url;
  std::string url_origin;  // the baseURL's scheme and host, "https://example.com"
  std::string language_code;
  Language language;            // `.Language`
  std::string language_prefix;  // `.Site.LanguagePrefix`: "/fr", or "" at the root
  std::string copyright;
  Value params;  // Map with lower-cased keys
  Value author;
  Value data;
  Value config;  // the whole merged configuration, keys lower-cased
  OutputsConfig outputs;
  std::string environment;  // "production", "development", …
  MenuConfig menus;
  markdown::MarkdownOptions markdown;
  bool enable_emoji = false;  // enableEmoji: `:code:` in content text becomes emoji
  bool has_cjk_language = false;  // hasCJKLanguage: pages with CJK text count runes
};

class SiteObject final : public Object {
 public:
  // `code` may be null (plain code blocks).
  SiteObject(SiteInfo info, const ContentTree* content, const markdown::CodeBlockRenderer* code);
  ~SiteObject() override;

  std::string_view TypeName() const override { return "*hugolib.SiteInfo"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override;

  // The template value of `page` (null Value for null). The object lives as long as this.
  Value PageValue(const Page* page) const;
  const PageObject* ObjectFor(const Page* page) const;
  // The template value of this site.
  Value SelfValue() const;
  // The build's sites in language order, this one included (`.Sites`, `.Site.Languages`,
  // and the pages of other languages a translation refers to). Set once, single-threaded,
  // before rendering; every SiteObject in it must outlive this one's rendering.
  void SetSites(std::vector<const SiteObject*> sites) { sites_ = std::move(sites); }
  Value SitesValue() const;
  // `.Site.AllPages`: every language's pages (each site's `.Pages`, in language order)
  // sorted together in the default order, as hugo sorts them. Computed on first use, once
  // the sites are set; thread-safe.
  const std::vector<const Page*>& AllPages() const;
  // `.Language` of the site and of its pages.
  Value LanguageValue() const;
  // A page collection (page.Pages) of `pages`.
  template <typename PagePtr>
  Value PageList(const std::vector<PagePtr>& pages) const {
    return MakePages(std::vector<const Page*>(pages.begin(), pages.end()), this);
  }

  // `hugo`: the generator's version and environment.
  Value HugoInfo() const;
  // `.GetPage REF` of the site (`context` null) or of a page.
  StatusOr<Value> GetPage(std::span<const Value> args, const Page* context) const;

  // The absolute URL of a root-relative path.
  std::string AbsUrl(std::string_view rel_permalink) const {
    return info_.url_origin + std::string(rel_permalink);
  }
  const SiteInfo& info() const { return info_; }
  const ContentTree& content() const { return *content_; }
  const markdown::CodeBlockRenderer* code_renderer() const { return code_; }
  // The site's Markdown render hooks; may be null. Borrowed: must outlive this.
  void set_render_hooks(const RenderHookTemplates* hooks) { render_hooks_ = hooks; }
  const RenderHookTemplates* render_hooks() const { return render_hooks_; }

  // Gives pages the site's shortcode templates (borrowed; they must outlive this) and
  // finds each page's shortcode calls; fails on the first page whose calls do not parse.
  Status UseShortcodes(const ShortcodeTemplates* templates);
  const ShortcodeTemplates* shortcodes() const { return shortcodes_; }
  // Who renders and who waits for which page's content, to fail on cycles.
  ContentWaits& content_waits() const { return content_waits_; }
  const PageIndex& page_index() const { return index_; }
  // How `.Render "view"` runs a content view; set once, before rendering starts.
  void set_view_renderer(ViewRenderer renderer) { view_renderer_ = std::move(renderer); }
  const ViewRenderer& view_renderer() const { return view_renderer_; }
  const SiteMenus& menus() const { return *menus_; }
  // The build's asset pipeline (bundle resources read their files through it); may be
  // null. Borrowed: must outlive this.
  void set_resource_context(const ResourceContext* c) { resource_context_ = c; }
  const ResourceContext* resource_context() const { return resource_context_; }

 private:
  // The members defined in site_members.cc.
  StatusOr<Value> MoreMember(std::string_view name, std::span<const Value> args) const;

  SiteInfo info_;
  Value language_;  // one object, so that languages compare equal by identity
  const ContentTree* content_;
  const markdown::CodeBlockRenderer* code_;
  const ShortcodeTemplates* shortcodes_ = nullptr;
  const RenderHookTemplates* render_hooks_ = nullptr;
  const ResourceContext* resource_context_ = nullptr;
  mutable ContentWaits content_waits_;
  std::map<const Page*, std::unique_ptr<PageObject>> pages_;
  std::vector<const SiteObject*> sites_;
  mutable std::once_flag all_pages_once_;
  mutable std::vector<const Page*> all_pages_;
  PageIndex index_;
  ViewRenderer view_renderer_;
  std::unique_ptr<SiteMenus> menus_;
};

// Registers `site` (the site object), `ref` and `relref` on `funcs`; `site`
// must outlive every template run with them.
void RegisterSiteObjectFuncs(const SiteObject* site, tmpl::FuncMap* funcs);

// A Value that refers to `object` without owning it.
Value BorrowedObject(const Object* object);

// The value at `key` in `map` (a Map), compared case-insensitively as Hugo's params are;
// null if absent. Dotted keys ("a.b") descend into nested maps.
Value LookupParam(const Value& map, std::string_view key);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SITE_OBJECT_H_
