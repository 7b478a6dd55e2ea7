#include "hugo/page_object.h"

#include <algorithm>

#include "base/path.h"
#include "base/strings.h"
#include "content/path_sanitize.h"
#include "hugo/content_waits.h"
#include "hugo/funcs/emoji.h"
#include "hugo/funcs/convert.h"
#include "hugo/funcs/scratch.h"
#include "hugo/menu_object.h"
#include "hugo/page_navigation.h"
#include "hugo/page_output_formats.h"
#include "hugo/page_ref.h"
#include "hugo/page_render.h"
#include "hugo/page_resources.h"
#include "hugo/render_hooks.h"
#include "hugo/cjk_language.h"
#include "hugo/shortcode_renderer.h"
#include "hugo/site_object.h"
#include "hugo/site_services.h"
#include "hugo/taxonomy_object.h"
#include "markdown/content_helpers.h"
#include "markdown/markdown.h"
#include "markdown/toc.h"

namespace kiln::hugo {
namespace {

// Content files hugo renders as HTML rather than Markdown (".html", ".htm").
bool IsHtmlContent(const SourceFile& file) {
  const std::string ext = AsciiLower(file.ext);
  return ext == "html" || ext == "htm";
}

Value Str(std::string s) { return Value::String(std::move(s)); }
Value Html(std::string s) { return Value::String(std::move(s), SafeKind::kHTML); }

std::vector<Value> StringValues(const std::vector<std::string>& items) {
  std::vector<Value> out;
  for (const std::string& s : items) out.push_back(Str(s));
  return out;
}

// The front matter with the entries Hugo adds to every page's params: the dates of a
// content file's page, and draft and iscjklanguage.
Value PageParams(const Page& p, bool cjk) {
  // A regular page without a file is the 404 page, whose params Hugo leaves empty.
  if (p.kind == PageKind::kPage && !p.has_file) return Value::Params({});
  ValueMap params = p.meta.params.kind() == ValueKind::kMap ? p.meta.params.AsMap() : ValueMap();
  auto date = [&](const char* key, const Time& t) {
    if (t.IsZero()) {
      params.erase(key);
    } else {
      params[key] = Value::FromTime(t);
    }
  };
  if (p.has_file) {
    date("date", p.meta.date);
    date("lastmod", p.meta.lastmod);
    date("publishdate", PublishDateOf(p));
    date("expirydate", p.meta.expiry_date);
  }
  params["draft"] = Value::Bool(p.meta.draft);
  params["iscjklanguage"] = Value::Bool(cjk);
  return Value::Params(std::move(params));
}

}  // namespace

Time PublishDateOf(const Page& page) {
  return page.meta.publish_date;
}

PageObject::PageObject(const Page* page, const SiteObject* site)
    : page_(page),
      site_(site),
      cjk_(IsCjkLanguagePage(*page, site->info().has_cjk_language)),
      params_(PageParams(*page, cjk_)),
      scratch_(Value::FromObject(std::make_shared<funcs::Scratch>())),
      store_(Value::FromObject(std::make_shared<funcs::Scratch>())) {}

const std::string& PageObject::Title() const {
  const Page& p = *page_;
  return p.meta.title.empty() && p.kind == PageKind::kHome ? site_->info().title : p.meta.title;
}

const PageObject::Rendered& PageObject::Render() const {
  std::call_once(once_, [this] {
    site_->content_waits().BeginRender(this);
    rendered_.status = RenderContent();
    site_->content_waits().EndRender(this);
  });
  return rendered_;
}

Status PageObject::RenderContent() const {
  const markdown::MarkdownOptions& md = site_->info().markdown;
  PageRenderHooks hooks(site_->render_hooks(), *page_, BorrowedObject(this),
                        site_->code_renderer());
  ShortcodeRenderer shortcodes(
      &shortcodes_, {site_->shortcodes(), this, &md, hooks.code_renderer(), hooks.hooks(),
                     "content/" + page_->file.path, page_->file.filesystem_path, page_->raw_content,
                     page_->raw_content_line_offset, &site_->content(), page_, site_->AbsUrl("")});
  std::string source =
      site_->info().enable_emoji ? funcs::EmojifyContent(page_->raw_content) : page_->raw_content;
  if (shortcodes_.rewrites_source()) {
    ASSIGN_OR_RETURN(source, shortcodes.MarkdownSource());
  }
  markdown::DividedSource divided = markdown::ReplaceSummaryDivider(source);
  markdown::RenderedDocument doc;
  if (IsHtmlContent(page_->file)) {
    // hugo passes an HTML content file through as written: no Markdown, and an empty
    // table of contents rather than an empty <nav>.
    doc.html = std::move(divided.source);
  } else {
    ASSIGN_OR_RETURN(doc, markdown::RenderMarkdown(divided.source, md, hooks.code_renderer(),
                                                   hooks.hooks()));
    RETURN_IF_ERROR(hooks.status());
    rendered_.toc = markdown::TableOfContents(doc.headings, md.toc_start_level,
                                              md.toc_end_level, md.toc_ordered);
  }
  if (shortcodes_.has_calls()) {
    ASSIGN_OR_RETURN(doc.html, shortcodes.ExpandPlaceholders(std::move(doc.html), rendered_.toc));
  }
  if (divided.found) {
    markdown::SplitContent split = markdown::SplitSummary(doc.html);
    rendered_.content = std::move(split.content);
    rendered_.summary = std::move(split.summary);
    rendered_.truncated = divided.truncated;
  } else {
    rendered_.content = std::move(doc.html);
  }
  rendered_.plain = markdown::PlainText(rendered_.content);
  rendered_.word_count = markdown::WordCount(rendered_.plain, cjk_);
  if (!divided.found) {
    markdown::AutoSummaryResult auto_summary =
        markdown::AutoSummary(rendered_.plain, md.summary_length, cjk_);
    rendered_.summary = std::move(auto_summary.summary);
    rendered_.truncated = auto_summary.truncated;
  }
  // Without a divider, a `summary` in front matter replaces the derived one, rendered as
  // inline Markdown, and the page is not truncated, as in Hugo; a divider wins over it.
  const Value* fm = page_->meta.params.Find("summary");
  if (!divided.found && fm != nullptr && fm->is_string()) {
    ASSIGN_OR_RETURN(rendered_.summary, markdown::RenderInline(fm->AsString(), md));
    rendered_.truncated = false;
  }
  return Status::Ok();
}

Status PageObject::ParseShortcodes() {
  if (!page_->has_file || site_->shortcodes() == nullptr) return Status::Ok();
  ASSIGN_OR_RETURN(shortcodes_, ParsePageShortcodes(*page_, *site_->shortcodes()));
  if (site_->info().enable_emoji) EmojifyShortcodeText(&shortcodes_);
  return Status::Ok();
}

StatusOr<Value> PageObject::ContentMember(std::string_view name) const {
  RETURN_IF_ERROR(site_->content_waits().BeginWait(this, page_->file.path));
  ContentWait wait(&site_->content_waits());
  const Rendered& r = Render();
  RETURN_IF_ERROR(r.status);
  if (name == "Content") return Html(r.content);
  if (name == "Summary") return Html(r.summary);
  if (name == "Truncated") return Value::Bool(r.truncated);
  if (name == "Plain") return Str(r.plain);
  if (name == "WordCount") return Value::Int(r.word_count);
  if (name == "FuzzyWordCount") return Value::Int(markdown::FuzzyWordCount(r.word_count));
  if (name == "ReadingTime") return Value::Int(markdown::ReadingTime(r.word_count, cjk_));
  if (name == "Len") return Value::Int(static_cast<int64_t>(r.content.size()));
  return Html(r.toc);  // TableOfContents
}

StatusOr<Value> PageObject::Param(std::span<const Value> args) const {
  if (args.size() != 1 || !args[0].is_string()) {
    return InvalidArgumentError("Param takes one string key");
  }
  Value v = LookupParam(params_, args[0].AsString());
  if (!v.is_null()) return v;
  return LookupParam(site_->info().params, args[0].AsString());
}

Value PageObject::Terms(std::span<const Value> args) const {
  if (args.size() != 1 || !args[0].is_string()) return Value::List({});
  const std::string& taxonomy = args[0].AsString();
  const Value* names = page_->meta.params.Find(taxonomy);
  if (names == nullptr) return site_->PageList(std::vector<const Page*>());
  // In the order the front matter lists them.
  ValueList listed = names->kind() == ValueKind::kList ? names->AsList() : ValueList{*names};
  std::vector<const Page*> terms;
  for (const Value& name : listed) {
    StatusOr<std::string> text = funcs::ToString(name);
    if (!text.ok()) continue;
    std::string key = MakeUrlPath(*text, site_->content().options().disable_path_to_lower);
    const Page* term = site_->page_index().Find("/" + taxonomy + "/" + key, nullptr, false);
    if (term != nullptr && std::find(terms.begin(), terms.end(), term) == terms.end()) {
      terms.push_back(term);
    }
  }
  return site_->PageList(terms);
}

// `.AllTranslations`: every language's version in language order; `.Translations` leaves
// this page out.
Value PageObject::Translations(std::string_view name) const {
  if (page_->translations.empty()) {
    return Value::List(name == "AllTranslations" ? ValueList{site_->PageValue(page_)}
                                                 : ValueList{});
  }
  ValueList out;
  for (const Page* t : page_->translations) {
    if (t != page_ || name == "AllTranslations") out.push_back(site_->PageValue(t));
  }
  return Value::List(std::move(out));
}

StatusOr<Value> PageObject::Member(std::string_view name, std::span<const Value> args) const {
  const Page& p = *page_;
  const PageMeta& m = p.meta;
  const std::string& title = Title();
  if (name == "Title" || name == "Name") return Str(title);
  if (name == "LinkTitle") return Str(m.link_title.empty() ? title : m.link_title);
  if (name == "Content" || name == "Summary" || name == "Truncated" || name == "Plain" ||
      name == "WordCount" || name == "FuzzyWordCount" || name == "ReadingTime" ||
      name == "TableOfContents" || name == "Len") {
    return ContentMember(name);
  }
  if (name == "Permalink") return Str(site_->AbsUrl(p.rel_permalink));
  if (name == "Resources") return PageResourcesValue(p, site_);
  if (name == "MediaType") return MediaTypeValue("application/octet-stream");
  if (name == "OutputFormats" || name == "AlternativeOutputFormats") {
    return PageOutputFormatsValue(p, *site_,
                                  name == "AlternativeOutputFormats"
                                      ? std::optional<std::string_view>("HTML")
                                      : std::nullopt);
  }
  if (name == "RelPermalink") return Str(p.rel_permalink);
  if (name == "Sitemap") return SitemapValue(m.params, site_->info().config);
  if (name == "Date") return Value::FromTime(m.date);
  if (name == "Lastmod") return Value::FromTime(m.lastmod);
  if (name == "PublishDate") return Value::FromTime(PublishDateOf(p));
  if (name == "ExpiryDate") return Value::FromTime(m.expiry_date);
  if (name == "Params") return params_;
  if (name == "Param") return Param(args);
  if (name == "Kind") return Str(PageKindName(p.kind));
  if (name == "Type") return Str(p.Type());
  if (name == "Section") return Str(p.section);
  if (name == "IsHome") return Value::Bool(p.kind == PageKind::kHome);
  if (name == "IsPage") return Value::Bool(p.kind == PageKind::kPage);
  if (name == "IsSection") return Value::Bool(p.kind == PageKind::kSection);
  if (name == "IsNode") return Value::Bool(p.IsList());
  if (name == "Draft") return Value::Bool(m.draft);
  if (name == "Pages") return site_->PageList(p.pages);
  // A list's own regular pages (the home page's are those at the root); only a section
  // reaches deeper for .RegularPagesRecursive, as hugo.
  if (name == "RegularPages" || (name == "RegularPagesRecursive" && p.kind != PageKind::kSection)) {
    std::vector<Page*> regular;
    for (Page* c : p.pages) {
      if (c->kind == PageKind::kPage) regular.push_back(c);
    }
    return site_->PageList(regular);
  }
  if (name == "RegularPagesRecursive") return site_->PageList(p.regular_pages_recursive);
  if (name == "Data") {
    if (p.kind == PageKind::kTerm || p.kind == PageKind::kTaxonomy) {
      return TaxonomyPageData(p, site_);
    }
    return Value::Map({{"Pages", site_->PageList(p.pages)}});
  }
  if (name == "Site") return site_->SelfValue();
  if (name == "Page") return site_->PageValue(page_);
  if (name == "Next") return site_->PageValue(p.next);
  if (name == "Prev") return site_->PageValue(p.prev);
  if (name == "NextInSection") return site_->PageValue(p.next_in_section);
  if (name == "PrevInSection") return site_->PageValue(p.prev_in_section);
  if (name == "Description") return Str(m.description);
  if (name == "Keywords") {
    const Value* k = m.params.Find("keywords");
    return k != nullptr ? *k : Value::List({});  // hugo's nil []string
  }
  if (name == "Weight") return Value::Int(m.weight);
  if (name == "Slug") return Str(m.slug);
  if (name == "Aliases") return Value::List(StringValues(m.aliases));
  if (name == "GetTerms") return Terms(args);
  if (name == "Parent") return site_->PageValue(p.parent);
  if (name == "IsTranslated") return Value::Bool(p.translations.size() > 1);
  if (name == "TranslationKey") return Str(p.translation_key);
  if (name == "Translations" || name == "AllTranslations") return Translations(name);
  if (name == "Sites") return site_->SitesValue();
  if (name == "Lang") return Str(site_->info().language.lang);
  if (name == "Language") return site_->LanguageValue();
  if (name == "Layout") return Str(m.layout);
  if (name == "GetPage") return site_->GetPage(args, page_);
  if (name == "Ref" || name == "RelRef") {
    if (args.size() != 1) return InvalidArgumentError(std::string(name) + " takes one reference");
    if (args[0].is_string()) {
      return InvalidArgumentError("can't handle \"" + args[0].AsString() +
                                  "\" for arg of type map[string]interface {}");
    }
    return PageRefLink(site_, page_, args[0], name == "RelRef");
  }
  if (name == "Render") {
    if (args.size() != 1 || !args[0].is_string() || !site_->view_renderer()) {
      return InvalidArgumentError("Render takes the name of a content view");
    }
    ASSIGN_OR_RETURN(std::string html,
                     site_->view_renderer()(p, args[0].AsString(), site_->PageValue(page_)));
    return Html(std::move(html));
  }
  if (name == "RenderString") {
    return RenderString(args, site_->info().markdown, site_->code_renderer());
  }
  if (name == "Scratch") return scratch_;
  if (name == "Store") return store_;
  if (IsNavigationMember(name)) return NavigationMember(p, site_, name, args);
  if (name == "Menus" || name == "IsMenuCurrent" || name == "HasMenuCurrent") {
    return PageMenuMember(site_->menus(), site_, page_, name, args);
  }
  if (name == "HasShortcode") {
    return Value::Bool(args.size() == 1 && args[0].is_string() &&
                       shortcodes_.names.contains(args[0].AsString()));
  }
  return MoreMember(name, args);
}

}  // namespace kiln::hugo
