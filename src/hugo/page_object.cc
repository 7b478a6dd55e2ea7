#include "hugo/page_object.h"

#include <algorithm>

#include "base/path.h"
#include "base/strings.h"
#include "hugo/content_waits.h"
#include "hugo/render_hooks.h"
#include "hugo/shortcode_renderer.h"
#include "hugo/page_output_formats.h"
#include "hugo/site_object.h"
#include "hugo/site_services.h"
#include "markdown/content_helpers.h"
#include "markdown/markdown.h"
#include "markdown/toc.h"

namespace kiln::hugo {
namespace {

Value Str(std::string s) { return Value::String(std::move(s)); }
Value Html(std::string s) { return Value::String(std::move(s), SafeKind::kHTML); }

std::vector<Value> StringValues(const std::vector<std::string>& items) {
  std::vector<Value> out;
  for (const std::string& s : items) out.push_back(Str(s));
  return out;
}

// Hugo's ResourceType: the main part of the media type, "page" for content files.
std::string ResourceType(const Resource& r) {
  if (r.is_content) return "page";
  std::string ext = AsciiLower(PathExt(r.rel_path));
  for (const char* image :
       {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff"}) {
    if (ext == image) return "image";
  }
  for (const char* text : {".css", ".html", ".htm", ".txt", ".csv", ".md"}) {
    if (ext == text) return "text";
  }
  return "application";
}

// '*' matches any run of characters (including '/'), '?' one; case-insensitive, as the
// patterns of .Resources.Match and .GetMatch are.
bool ResourceGlobMatch(std::string_view pattern, std::string_view text) {
  if (pattern.empty()) return text.empty();
  // "{a,b}rest": either alternative followed by the rest.
  if (pattern.front() == '{') {
    size_t close = pattern.find('}');
    if (close != std::string_view::npos) {
      std::string_view rest = pattern.substr(close + 1);
      for (std::string_view alt : Split(pattern.substr(1, close - 1), ',')) {
        if (ResourceGlobMatch(std::string(alt) + std::string(rest), text)) return true;
      }
      return false;
    }
  }
  if (pattern.front() == '*') {
    for (size_t i = 0; i <= text.size(); ++i) {
      if (ResourceGlobMatch(pattern.substr(1), text.substr(i))) return true;
    }
    return false;
  }
  if (text.empty()) return false;
  bool same =
      pattern.front() == '?' || AsciiLower(pattern.substr(0, 1)) == AsciiLower(text.substr(0, 1));
  return same && ResourceGlobMatch(pattern.substr(1), text.substr(1));
}

// A bundle's resources (`.Resources`): a list that answers ByType, GetMatch and Match.
class ResourcesObject final : public Object {
 public:
  explicit ResourcesObject(ValueList resources) : resources_(std::move(resources)) {}
  std::string_view TypeName() const override { return "resource.Resources"; }
  StatusOr<Value> Member(std::string_view name, std::span<const Value> args) const override {
    if (name != "ByType" && name != "GetMatch" && name != "Match") {
      return NotFoundError(std::string(name));
    }
    if (args.size() != 1 || !args[0].is_string()) {
      return InvalidArgumentError("wrong number of args for " + std::string(name) +
                                  ": want 1 got " + std::to_string(args.size()));
    }
    const std::string& arg = args[0].AsString();
    ValueList matches;
    for (const Value& r : resources_) {
      bool hit = name == "ByType" ? r.Find("ResourceType")->AsString() == arg
                                  : ResourceGlobMatch(arg, r.Find("Name")->AsString());
      if (!hit) continue;
      if (name == "GetMatch") return r;
      matches.push_back(r);
    }
    if (name == "GetMatch") return Value();
    return Value::FromObject(std::make_shared<ResourcesObject>(std::move(matches)));
  }
  const ValueList* AsList() const override { return &resources_; }
  bool IsTruthy() const override { return !resources_.empty(); }

 private:
  ValueList resources_;
};


}  // namespace

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
      &shortcodes_,
      {site_->shortcodes(), this, &md, hooks.code_renderer(), hooks.hooks(),
       "content/" + page_->file.path, page_->file.filesystem_path, page_->raw_content,
       page_->raw_content_line_offset, &site_->content(), page_, site_->AbsUrl("")});
  std::string source = page_->raw_content;
  if (shortcodes_.has_calls()) {
    ASSIGN_OR_RETURN(source, shortcodes.MarkdownSource());
  }
  markdown::DividedSource divided = markdown::ReplaceSummaryDivider(source);
  ASSIGN_OR_RETURN(
      markdown::RenderedDocument doc,
      markdown::RenderMarkdown(divided.source, md, hooks.code_renderer(), hooks.hooks()));
  RETURN_IF_ERROR(hooks.status());
  rendered_.toc = markdown::TableOfContents(doc.headings, md.toc_start_level, md.toc_end_level,
                                            md.toc_ordered);
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
  rendered_.word_count = markdown::WordCount(rendered_.plain, false);
  if (!divided.found) {
    markdown::AutoSummaryResult auto_summary =
        markdown::AutoSummary(rendered_.plain, md.summary_length, false);
    rendered_.summary = std::move(auto_summary.summary);
    rendered_.truncated = auto_summary.truncated;
  }
  return Status::Ok();
}

Status PageObject::ParseShortcodes() {
  if (!page_->has_file || site_->shortcodes() == nullptr) return Status::Ok();
  ASSIGN_OR_RETURN(shortcodes_, ParsePageShortcodes(*page_, *site_->shortcodes()));
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
  if (name == "ReadingTime") return Value::Int(markdown::ReadingTime(r.word_count, false));
  return Html(r.toc);  // TableOfContents
}

StatusOr<Value> PageObject::Param(std::span<const Value> args) const {
  if (args.size() != 1 || !args[0].is_string()) {
    return InvalidArgumentError("Param takes one string key");
  }
  Value v = LookupParam(page_->meta.params, args[0].AsString());
  if (!v.is_null()) return v;
  return LookupParam(site_->info().params, args[0].AsString());
}

Value PageObject::Terms(std::span<const Value> args) const {
  if (args.size() != 1 || !args[0].is_string()) return Value::List({});
  const std::string& taxonomy = args[0].AsString();
  ValueList out;
  for (const Page* p : site_->content().pages()) {
    if (p->kind != PageKind::kTerm || p->taxonomy != taxonomy) continue;
    for (const auto& [member, weight] : p->weighted_pages) {
      if (member == page_) {
        out.push_back(site_->PageValue(p));
        break;
      }
    }
  }
  return Value::List(std::move(out));
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

Value PageObject::FileValue() const {
  if (!page_->has_file) return Value();
  const SourceFile& f = page_->file;
  return Value::Map({{"Path", Str(f.path)},
                     {"Dir", Str(f.dir)},
                     {"LogicalName", Str(f.logical_name)},
                     {"BaseFileName", Str(f.base_file_name)},
                     {"TranslationBaseName", Str(f.base_file_name)},
                     {"ContentBaseName", Str(f.base_file_name)},
                     {"Ext", Str(f.ext)},
                     {"Filename", Str(f.filesystem_path)}});
}

StatusOr<Value> PageObject::Member(std::string_view name, std::span<const Value> args) const {
  const Page& p = *page_;
  const PageMeta& m = p.meta;
  // A home page without a title of its own is titled as the site.
  const std::string& title =
      m.title.empty() && p.kind == PageKind::kHome ? site_->info().title : m.title;
  if (name == "Title") return Str(title);
  if (name == "LinkTitle") return Str(m.link_title.empty() ? title : m.link_title);
  if (name == "Content" || name == "Summary" || name == "Truncated" || name == "Plain" ||
      name == "WordCount" || name == "FuzzyWordCount" || name == "ReadingTime" ||
      name == "TableOfContents") {
    return ContentMember(name);
  }
  if (name == "Permalink") return Str(site_->AbsUrl(p.rel_permalink));
  if (name == "Resources") {
    ValueList resources;
    for (const Resource& r : p.resources) {
      std::string rel = p.rel_permalink + r.rel_path;
      resources.push_back(Value::Map({{"Name", Str(r.rel_path)},
                                      {"Title", Str(r.rel_path)},
                                      {"ResourceType", Str(ResourceType(r))},
                                      {"RelPermalink", Str(rel)},
                                      {"Permalink", Str(site_->AbsUrl(rel))}}));
    }
    return Value::FromObject(std::make_shared<ResourcesObject>(std::move(resources)));
  }
  if (name == "OutputFormats" || name == "AlternativeOutputFormats") {
    return PageOutputFormatsValue(p, *site_, name == "AlternativeOutputFormats");
  }
  if (name == "RelPermalink") return Str(p.rel_permalink);
  if (name == "Sitemap") return SitemapValue(m.params, site_->info().config);
  if (name == "Date") return Value::FromTime(m.date);
  if (name == "Lastmod") return Value::FromTime(m.lastmod);
  if (name == "PublishDate") return Value::FromTime(m.publish_date);
  if (name == "ExpiryDate") return Value::FromTime(m.expiry_date);
  if (name == "Params") return m.params.is_null() ? Value::Map({}) : m.params;
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
  if (name == "RegularPages") {
    std::vector<Page*> regular;
    for (Page* c : p.pages) {
      if (c->kind == PageKind::kPage) regular.push_back(c);
    }
    return site_->PageList(p.kind == PageKind::kHome ? site_->content().regular_pages() : regular);
  }
  if (name == "RegularPagesRecursive") return site_->PageList(p.regular_pages_recursive);
  if (name == "Data") {
    if (p.kind == PageKind::kTerm) return Value::Map({{"Pages", site_->PageList(p.pages)}});
    if (p.kind == PageKind::kTaxonomy) return Value::Map({{"Terms", site_->PageList(p.pages)}});
    return Value::Map({});
  }
  if (name == "Site") return site_->SelfValue();
  if (name == "File") return FileValue();
  if (name == "Next") return site_->PageValue(p.next);
  if (name == "Prev") return site_->PageValue(p.prev);
  if (name == "NextInSection") return site_->PageValue(p.next_in_section);
  if (name == "PrevInSection") return site_->PageValue(p.prev_in_section);
  if (name == "Description") return Str(m.description);
  if (name == "Keywords") {
    const Value* k = m.params.Find("keywords");
    return k != nullptr ? *k : Value();
  }
  if (name == "Weight") return Value::Int(m.weight);
  if (name == "Slug") return Str(m.slug);
  if (name == "Aliases") return Value::List(StringValues(m.aliases));
  if (name == "GetTerms") return Terms(args);
  if (name == "Parent") return site_->PageValue(p.parent);
  if (name == "IsTranslated") return Value::Bool(p.translations.size() > 1);
  if (name == "Translations" || name == "AllTranslations") return Translations(name);
  if (name == "Sites") return site_->SitesValue();
  if (name == "Lang") return Str(site_->info().language.lang);
  if (name == "Language") return site_->LanguageValue();
  if (name == "Layout") return Str(m.layout);
  if (name == "HasShortcode") {
    return Value::Bool(args.size() == 1 && args[0].is_string() &&
                       shortcodes_.names.contains(args[0].AsString()));
  }
  return NotFoundError(std::string(name));
}

}  // namespace kiln::hugo
