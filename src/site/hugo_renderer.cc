#include "site/hugo_renderer.h"

#include <algorithm>

#include "assets/image_config.h"
#include "content/main_sections.h"
#include "hugo/data_funcs.h"
#include "hugo/embedded_shortcodes.h"
#include "hugo/embedded_templates.h"
#include "hugo/funcs/funcs.h"
#include "hugo/group_func.h"
#include "hugo/i18n.h"
#include "hugo/image_funcs.h"
#include "hugo/layout_lookup.h"
#include "hugo/markup_config.h"
#include "hugo/not_found_page.h"
#include "hugo/os_funcs.h"
#include "hugo/page_object.h"
#include "hugo/pager.h"
#include "hugo/partial_funcs.h"
#include "hugo/resource_funcs.h"
#include "hugo/shortcode_templates.h"
#include "hugo/site_funcs.h"
#include "site/render_plan.h"
#include "site/site.h"

namespace kiln {
namespace {

// The name of the output format `job` renders in.
std::string_view FormatName(const RenderJob& job) {
  return job.kind == OutputKind::kHtml  ? "HTML"
         : job.kind == OutputKind::kRss ? "RSS"
                                        : std::string_view(job.format);
}

StatusOr<hugo::SiteInfo> InfoFor(const Site& site) {
  const SiteOptions& o = site.options();
  hugo::SiteInfo info;
  info.title = o.title;
  info.base_url = o.base_url;
  info.url_origin = site.AbsUrl("");
  info.language_code = o.language_code;
  info.language = o.language;
  if (!o.content.lang_prefix.empty()) info.language_prefix = "/" + o.language.lang;
  info.copyright = o.copyright;
  info.params = ParamsWithMainSections(o.params, site.content());
  info.author = o.author;
  info.data = site.data();
  info.markdown.summary_length = o.summary_length;
  RETURN_IF_ERROR(hugo::ApplyMarkupConfig(o.markup, &info.markdown));
  info.menus.menus = o.menus;
  info.menus.section_pages_menu = o.section_pages_menu;
  std::string_view base_path = o.base_url;
  if (base_path.starts_with(info.url_origin)) base_path.remove_prefix(info.url_origin.size());
  info.menus.base_path = base_path.empty() ? std::string_view("/") : base_path;
  info.menus.disable_path_to_lower = o.content.disable_path_to_lower;
  info.config = o.config;
  info.outputs = SiteOutputsConfig(o);
  info.environment = o.environment;
  const Value* emoji = o.config.Find("enableemoji");
  info.enable_emoji = emoji != nullptr && emoji->IsTruthy();
  const Value* cjk = o.config.Find("hascjklanguage");
  info.has_cjk_language = cjk != nullptr && cjk->IsTruthy();
  return info;
}

// The config's ignoreErrors: the erroridf IDs not to log.
std::vector<std::string> IgnoredErrors(const Value& config) {
  std::vector<std::string> out;
  const Value* ids = config.kind() == ValueKind::kMap ? config.Find("ignoreerrors") : nullptr;
  if (ids == nullptr || ids->kind() != ValueKind::kList) return out;
  for (const Value& id : ids->AsList()) {
    if (id.kind() == ValueKind::kString) out.push_back(id.AsString());
  }
  return out;
}

// The singular of a taxonomy's plural name, for layout lookup.
std::string Singular(const SiteOptions& o, const std::string& plural) {
  for (const Taxonomy& t : o.content.taxonomies) {
    if (t.plural == plural) return t.singular;
  }
  return plural;
}

}  // namespace

HugoRenderer::HugoRenderer(const FileSystem* fs, BuildLog* log) : fs_(fs), log_(log) {}
HugoRenderer::~HugoRenderer() = default;

Status HugoRenderer::Prepare(const Site& site) {
  const SiteOptions& o = site.options();
  ASSIGN_OR_RETURN(std::vector<hugo::TemplateSource> sources,
                   hugo::ReadLayouts(*fs_, o.layout_dirs));
  for (hugo::TemplateSource& s : hugo::EmbeddedTemplates()) sources.push_back(std::move(s));
  ASSIGN_OR_RETURN(hugo::SiteInfo info, InfoFor(site));
  highlight::HighlightOptions highlight;
  RETURN_IF_ERROR(hugo::ApplyHighlightConfig(o.markup, &highlight));
  highlighter_ = std::make_unique<hugo::CodeHighlighter>(highlight);
  site_object_ =
      std::make_unique<hugo::SiteObject>(std::move(info), &site.content(), highlighter_.get());
  funcs_ = tmpl::NewBuiltinFuncMap();
  funcs::RegisterAllFuncs(&funcs_);
  funcs::RegisterHugoFuncs(&funcs_, o.environment);
  const std::vector<std::string> ignored = IgnoredErrors(o.config);
  funcs::RegisterFmtFuncs(&funcs_, log_, ignored);
  hugo::RegisterDataFuncs(fs_, o.project_dir, funcs::IgnorableLog(log_, ignored), &funcs_);
  const Value* default_lang =
      o.config.kind() == ValueKind::kMap ? o.config.Find("defaultcontentlanguage") : nullptr;
  const std::string default_key =
      default_lang != nullptr && default_lang->is_string() ? default_lang->AsString() : "en";
  funcs::RegisterTimeFuncs(&funcs_, std::make_shared<RealClock>(), o.content.time_zone,
                           o.language.lang, default_key);
  // markdownify and highlight follow the site's [markup] settings.
  funcs::RegisterTransformFuncs(&funcs_, site_object_->info().markdown, highlight);
  hugo::RegisterSiteFuncs(o.base_url, o.content.lang_prefix, &funcs_, o.canonify_urls);
  // Partials of the other template kind, found once the store exists.
  auto partial_fallback = std::make_shared<hugo::PartialFallback>();
  hugo::RegisterPartialFuncs(&funcs_, partial_fallback);
  hugo::RegisterOsFuncs(fs_, o.project_dir, &funcs_);
  hugo::RegisterImageFuncs(fs_, o.project_dir, &funcs_);
  ASSIGN_OR_RETURN(std::shared_ptr<const hugo::I18n> i18n,
                   hugo::I18n::Load(*fs_, o.i18n_dirs, o.language.lang, o.default_lang));
  hugo::RegisterI18nFuncs(std::move(i18n), &funcs_, o.language.lang, default_key);
  hugo::RegisterSiteObjectFuncs(site_object_.get(), &funcs_);
  hugo::RegisterGroupFunc(site_object_.get(), &funcs_);
  resources_ =
      std::make_unique<hugo::ResourceContext>(fs_, o.asset_dirs, o.base_url, o.project_dir);
  ASSIGN_OR_RETURN(assets::ImagingDefaults imaging, assets::ParseImagingDefaults(o.imaging));
  resources_->set_imaging(std::move(imaging));
  resources_->set_canonify_urls(o.canonify_urls);
  site_object_->set_resource_context(resources_.get());
  hugo::RegisterResourceFuncs(resources_.get(), &funcs_);
  for (hugo::TemplateSource& s : hugo::EmbeddedShortcodes(funcs_)) sources.push_back(std::move(s));
  auto shortcode_templates = hugo::ScanShortcodeTemplates(sources);
  hugo::OutputsConfig outputs = SiteOutputsConfig(o);
  ASSIGN_OR_RETURN(store_,
                   hugo::TemplateStore::Build(std::move(sources), &funcs_, outputs.formats));
  site_object_->set_view_renderer(hugo::MakeViewRenderer(store_.get()));
  *partial_fallback = [store = store_.get()](std::string_view name) -> const tmpl::TemplateSet* {
    std::optional<hugo::ResolvedTemplate> found = store->Find(name);
    return found ? found->set : nullptr;
  };
  shortcodes_ = std::make_unique<hugo::ShortcodeTemplates>(std::move(shortcode_templates),
                                                           store_.get(), o.language.lang);
  const Value* inline_shortcodes = o.config.Find("enableinlineshortcodes");
  shortcodes_->set_inline_enabled(inline_shortcodes != nullptr && inline_shortcodes->IsTruthy());
  RETURN_IF_ERROR(site_object_->UseShortcodes(shortcodes_.get()));
  render_hooks_ = std::make_unique<hugo::RenderHookTemplates>(store_.get());
  site_object_->set_render_hooks(render_hooks_.get());
  not_found_page_ = std::make_unique<hugo::NotFoundPageObject>(site_object_.get());
  post_render_ = hugo::PostRenderOptionsFromConfig(o.config, o.base_url);

  for (const Page* p : site.content().pages()) {
    hugo::LayoutDescriptor d =
        hugo::DescriptorForPage(*p, o.language.lang, Singular(o, p->taxonomy));
    for (const hugo::OutputFormat* f : hugo::PageOutputFormats(*p, outputs)) {
      ASSIGN_OR_RETURN(Layout layout, hugo::ResolveLayout(*store_, d, *f));
      layouts_[{p, f->name}] = std::move(layout);
    }
  }
  const hugo::OutputFormat* html = hugo::FindBuiltinOutputFormat("html");
  ASSIGN_OR_RETURN(not_found_, hugo::ResolveLayout(*store_, hugo::DescriptorFor404(), *html));
  ASSIGN_OR_RETURN(alias_, store_->Resolve(hugo::AliasCandidates(), {}));
  ASSIGN_OR_RETURN(robots_, store_->Resolve(hugo::RobotsTxtCandidates(), {}));
  ASSIGN_OR_RETURN(sitemap_, store_->Resolve(hugo::SitemapCandidates(), {}));
  return Status::Ok();
}

const HugoRenderer::Layout& HugoRenderer::LayoutFor(const RenderJob& job) const {
  static const Layout kNone;
  auto it = layouts_.find({job.page, std::string(FormatName(job))});
  return it == layouts_.end() ? kNone : it->second;
}

void HugoRenderer::LinkLanguages(const std::vector<const HugoRenderer*>& all) {
  std::vector<const hugo::SiteObject*> sites;
  for (const HugoRenderer* r : all) sites.push_back(r->site_object_.get());
  site_object_->SetSites(std::move(sites));
}

int HugoRenderer::ProcessedImages() const { return resources_->processed_images(); }

std::map<std::string, std::shared_ptr<const std::string>> HugoRenderer::PublishedOnUse() const {
  return resources_->Published();
}

bool HugoRenderer::HasLayout(const RenderJob& job) const { return LayoutFor(job).has_value(); }

std::optional<PaginationUse> HugoRenderer::Pagination(const Page& page) const {
  std::optional<hugo::PaginationUse> use;
  RenderJob first{OutputKind::kHtml, &page, 1, page.html_path, "", ""};
  StatusOr<std::string> out = RenderPage(first, &use);
  // A failing layout fails again, with its message, when the job is rendered.
  if (!out.ok()) return std::nullopt;
  first_pagers_.emplace(&page, *std::move(out));
  if (!use) return std::nullopt;
  return PaginationUse{use->items, use->page_size};
}

StatusOr<std::string> HugoRenderer::Execute(const Layout& layout, const Value& data,
                                            const RenderJob& job) const {
  if (!layout.has_value()) return InternalError("no layout for " + job.path);
  std::string out;
  Status s = layout->set->Execute(layout->name, data, &out);
  if (!s.ok()) {
    std::string page = job.page != nullptr && job.page->has_file ? job.page->file.path : job.path;
    return Status(s.code(), s.message() + "\n(rendering " + page + ")");
  }
  return out;
}

StatusOr<std::string> HugoRenderer::RenderPage(const RenderJob& job,
                                               std::optional<hugo::PaginationUse>* use) const {
  const hugo::PageObject* page = site_object_->ObjectFor(job.page);
  hugo::PaginatedPageObject data(
      page, site_object_.get(), job.pager,
      hugo::FindOutputFormat(site_object_->info().outputs.formats, FormatName(job)));
  ASSIGN_OR_RETURN(std::string out, Execute(LayoutFor(job), hugo::BorrowedObject(&data), job));
  if (use != nullptr) *use = data.used();
  hugo::OutputRole role = job.kind == OutputKind::kRss        ? hugo::OutputRole::kFeed
                          : job.page->kind == PageKind::kHome ? hugo::OutputRole::kHomeHtml
                                                              : hugo::OutputRole::kHtml;
  return hugo::PostRender(std::move(out), role, job.path, post_render_);
}

StatusOr<std::string> HugoRenderer::Render(const RenderJob& job) const {
  const Page& home = site_object_->content().home();
  switch (job.kind) {
    case OutputKind::kHtml:
      if (job.pager == 1) {
        auto it = first_pagers_.find(job.page);
        if (it != first_pagers_.end()) return it->second;
      }
      return RenderPage(job, nullptr);
    case OutputKind::kRss:
    case OutputKind::kFormat:
      return RenderPage(job, nullptr);
    case OutputKind::k404: {
      ASSIGN_OR_RETURN(std::string out,
                       Execute(not_found_, hugo::BorrowedObject(not_found_page_.get()), job));
      return hugo::PostRender(std::move(out), hugo::OutputRole::kHtml, job.path, post_render_);
    }
    case OutputKind::kAlias: {
      // Hugo's alias page reads the languageCode (else the language key), which templates
      // cannot reach through .Language, so it travels under a key of its own.
      const hugo::SiteInfo& info = site_object_->info();
      Value data = Value::Map(
          {{"Permalink", Value::String(job.redirect_to)},
           {"Page", site_object_->PageValue(job.page)},
           {"languageCode",
            Value::String(info.language_code.empty() ? info.language.lang : info.language_code)}});
      return Execute(alias_, data, job);
    }
    case OutputKind::kRobotsTxt:
      return Execute(robots_, site_object_->PageValue(&home), job);
    case OutputKind::kSitemap: {
      // The site's pages in their default order, as hugo sorts them once for the whole site.
      std::vector<const Page*> pages;
      for (const Page* p : site_object_->content().pages()) {
        if (p->ShouldRender()) pages.push_back(p);
      }
      Value data = Value::Map({{"Data", Value::Map({{"Pages", site_object_->PageList(pages)}})},
                               {"Site", site_object_->SelfValue()}});
      ASSIGN_OR_RETURN(std::string out, Execute(sitemap_, data, job));
      return hugo::PostRender(std::move(out), hugo::OutputRole::kFeed, job.path, post_render_);
    }
  }
  return InternalError("unknown output kind");
}

}  // namespace kiln
