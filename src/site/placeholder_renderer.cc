#include "site/placeholder_renderer.h"

#include "content/file_walk.h"
#include "content/pagination.h"
#include "site/site.h"

namespace kiln {

Status PlaceholderRenderer::Prepare(const Site& site) {
  site_ = &site;
  for (const std::string& dir : site.options().layout_dirs) {
    ASSIGN_OR_RETURN(std::vector<WalkedFile> files, WalkFiles(*fs_, dir));
    for (const WalkedFile& f : files) {
      if (layouts_.count(f.rel_path) > 0) continue;
      ASSIGN_OR_RETURN(std::string text, fs_->ReadFile(f.fs_path));
      layouts_.emplace(f.rel_path, std::move(text));
    }
  }
  return Status::Ok();
}

const std::string* PlaceholderRenderer::FindLayout(
    const std::vector<std::string>& candidates) const {
  for (const std::string& c : candidates) {
    auto it = layouts_.find(c);
    if (it != layouts_.end()) return &it->second;
  }
  return nullptr;
}

std::optional<size_t> PlaceholderRenderer::PaginatedItemCount(const Page& page) const {
  std::vector<std::string> c;
  const std::string& t = page.Type();
  switch (page.kind) {
    case PageKind::kHome:
      c = {"index.html",          "home.html",          "list.html",
           "_default/index.html", "_default/home.html", "_default/list.html"};
      break;
    case PageKind::kSection:
      c = {t + "/section.html", t + "/list.html",        "section/section.html",
           "section/list.html", "_default/section.html", "_default/list.html"};
      break;
    case PageKind::kTaxonomy:
      c = {t + "/terms.html",        t + "/taxonomy.html", t + "/list.html",
           "taxonomy/terms.html",    "taxonomy/list.html", "_default/terms.html",
           "_default/taxonomy.html", "_default/list.html"};
      break;
    case PageKind::kTerm:
      c = {t + "/term.html",         t + "/taxonomy.html",     t + "/list.html",
           "term/term.html",         "taxonomy/taxonomy.html", "_default/term.html",
           "_default/taxonomy.html", "_default/list.html"};
      break;
    case PageKind::kPage:
      return false;
  }
  const std::string* layout = FindLayout(c);
  if (layout == nullptr) return std::nullopt;
  if (layout->find(".Paginate .Pages") != std::string::npos) return page.pages.size();
  if (layout->find(".Paginat") == std::string::npos) return std::nullopt;
  return PaginatedItems(page, site_->content().regular_pages()).size();
}

bool PlaceholderRenderer::Has404Layout() const { return layouts_.count("404.html") > 0; }

StatusOr<std::string> PlaceholderRenderer::Render(const RenderJob& job) const {
  switch (job.kind) {
    case OutputKind::kHtml:
    case OutputKind::kRss: {
      std::string out = std::string(job.kind == OutputKind::kRss ? "rss" : "html") +
                        "\nkind: " + PageKindName(job.page->kind) +
                        "\ntitle: " + job.page->meta.title +
                        "\npermalink: " + site_->AbsUrl(job.page->rel_permalink) + "\n";
      if (job.pager > 1) out += "pager: " + std::to_string(job.pager) + "\n";
      return out;
    }
    case OutputKind::kAlias:
      return "alias\nto: " + job.redirect_to + "\n";
    case OutputKind::kSitemap: {
      std::string out = "sitemap\n";
      for (const Page* p : site_->content().pages()) {
        if (p->ShouldRender()) out += site_->AbsUrl(p->rel_permalink) + "\n";
      }
      return out;
    }
    case OutputKind::kRobotsTxt:
      return std::string("User-agent: *\n");
    case OutputKind::k404:
      return std::string("404\n");
  }
  return InternalError("unknown output kind");
}

}  // namespace kiln
