#include "content/content_tree.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/go_stable_sort.h"
#include "base/path.h"
#include "base/strings.h"
#include "base/url_escape.h"
#include "content/inflect.h"
#include "content/page_meta.h"
#include "content/page_sort.h"
#include "content/path_sanitize.h"
#include "content/permalinks.h"

namespace kiln {

namespace {

bool IsFiltered(const Page& page, const ContentOptions& o) {
  const PageMeta& m = page.meta;
  if (m.draft && !o.build_drafts) return true;
  if (!o.build_future && m.publish_date.unix_seconds > o.now_unix_seconds) return true;
  if (!o.build_expired && !m.expiry_date.IsZero() &&
      m.expiry_date.unix_seconds < o.now_unix_seconds) {
    return true;
  }
  return false;
}

// "news-item" → "News-items": hugo capitalises the directory's name, then pluralises it.
std::string ListTitle(std::string_view name, bool pluralize, bool capitalize) {
  std::string t = capitalize ? FirstUpper(name) : std::string(name);
  return pluralize ? Pluralize(t) : t;
}

// The directory a regular page lives in: a leaf bundle's parent, else the file's dir.
std::string PageDir(const Page& p) {
  std::string_view dir = PathDir(p.file.path);
  return std::string(p.is_bundle ? PathDir(dir) : dir);
}

// A term as Hugo prints it: YAML's `y` arrives as a bool and names the term "true".
std::string ScalarText(const Value& v) {
  switch (v.kind()) {
    case ValueKind::kString:
      return v.AsString();
    case ValueKind::kBool:
      return v.AsBool() ? "true" : "false";
    case ValueKind::kInt:
      return std::to_string(v.AsInt());
    default:
      return "";
  }
}

bool Listed(const Page& p) { return p.meta.build.list == BuildOptions::List::kAlways; }

std::string SanitizedDir(std::string_view dir, const ContentOptions& o) {
  std::vector<std::string> parts;
  for (std::string_view seg : Split(dir, '/')) {
    if (!seg.empty()) parts.push_back(MakeUrlPathSegment(seg, o.disable_path_to_lower));
  }
  return Join(parts, "/");
}

// Links each page to the one before (`newer`) and after (`older`) it in `pages`.
void LinkNeighbours(const std::vector<Page*>& pages, const Page* Page::*newer,
                    const Page* Page::*older) {
  for (size_t i = 0; i < pages.size(); ++i) {
    pages[i]->*newer = i > 0 ? pages[i - 1] : nullptr;
    pages[i]->*older = i + 1 < pages.size() ? pages[i + 1] : nullptr;
  }
}

// The newest date and lastmod of a list's subtree.
struct NewestDates {
  Time date = Time::Zero();
  Time lastmod = Time::Zero();
  void Take(const NewestDates& d) {
    if (d.date > date) date = d.date;
    if (d.lastmod > lastmod) lastmod = d.lastmod;
  }
};

// Gives a list page without a date of its own the newest of its subtree's, and returns
// those of the whole subtree, its own included: hugo dates a list by every page under it,
// even under a nested list that shows an older date of its own. The home page takes its
// dates from its sections only, not from pages at the root, and from `more` (the
// taxonomies', its members in Hugo's tree even when their kind is disabled).
NewestDates FillListDates(Page* list, const std::vector<NewestDates>& more = {}) {
  NewestDates newest{list->meta.date, list->meta.lastmod};
  for (Page* child : list->pages) {
    if (child->IsList()) {
      newest.Take(FillListDates(child));
    } else if (list->kind != PageKind::kHome) {
      newest.Take({child->meta.date, child->meta.lastmod});
    }
  }
  for (const NewestDates& d : more) newest.Take(d);
  if (list->meta.date.IsZero()) {
    list->meta.date = newest.date;
    list->meta.lastmod = newest.lastmod;
  }
  return newest;
}

// What pairs a page with its translations: its kind and the front-matter
// `translationKey`, else its kind and its place in the tree without language or slug.
std::string TranslationKey(const Page& p) {
  std::string key = std::string(PageKindName(p.kind)) + "/";
  if (const Value* v = p.meta.params.Find("translationkey"); v != nullptr && v->is_string()) {
    return key + v->AsString();
  }
  switch (p.kind) {
    case PageKind::kHome:
      return std::string(PageKindName(p.kind));
    case PageKind::kSection:
      return key + Join(p.sections_path, "/");
    case PageKind::kTaxonomy:
      return key + p.taxonomy;
    case PageKind::kTerm:
      return key + p.taxonomy + "/" + p.term;
    case PageKind::kPage:
      break;
  }
  // Leaf bundles too: "page/posts/bundle/index".
  return key + JoinPath(PathDir(p.file.path), p.file.TranslationBaseName());
}

}  // namespace

StatusOr<std::unique_ptr<ContentTree>> ContentTree::Assemble(LoadedContent content,
                                                             const ContentOptions& options) {
  std::unique_ptr<ContentTree> tree(new ContentTree());
  tree->options_ = options;
  RETURN_IF_ERROR(tree->Build(std::move(content)));
  return tree;
}

Page* ContentTree::NewPage(PageKind kind) {
  owned_.push_back(std::make_unique<Page>());
  owned_.back()->kind = kind;
  return owned_.back().get();
}

Status ContentTree::ReadVirtualMeta(Page* page, const std::string& path, ValueMap fm) {
  const std::vector<CascadeEntry>& cascade = InheritedCascade(cascades_, PathDir(path));
  CascadeSubject subject{PageKindName(page->kind), path, options_.lang, options_.environment};
  std::string display = "content/" + path;
  ASSIGN_OR_RETURN(page->meta,
                   ReadPageMeta(ApplyCascade(Value::Params(std::move(fm)), cascade, subject),
                                options_, MetaSource{display, "", "", 0}));
  return Status::Ok();
}

StatusOr<Page*> ContentTree::SectionFor(const std::string& dir) {
  auto it = sections_.find(dir);
  if (it != sections_.end()) return it->second;
  Page* s = NewPage(PageKind::kSection);
  s->file.path = dir;  // no file, but names its directory for the sort and for messages
  RETURN_IF_ERROR(ReadVirtualMeta(s, dir, {}));
  if (s->meta.title.empty()) {
    s->meta.title =
        ListTitle(PathBase(dir), options_.pluralize_list_titles, options_.capitalize_list_titles);
  }
  sections_[dir] = s;
  return s;
}

Status ContentTree::Build(LoadedContent content) {
  const ContentOptions& o = options_;
  cascades_ = std::move(content.cascades);
  std::vector<Page*> regular;
  std::vector<std::unique_ptr<Page>> taxonomy_sources;  // content/tags/_index.md and terms'
  std::set<std::string> plurals;
  for (const Taxonomy& t : o.taxonomies) plurals.insert(t.plural);
  std::vector<std::string> dropped_dirs;  // sections whose _index is filtered out
  for (std::unique_ptr<Page>& p : content.pages) {
    std::string_view first = Split(p->file.path, '/')[0];
    if (p->kind == PageKind::kSection && plurals.count(std::string(first)) > 0) {
      taxonomy_sources.push_back(std::move(p));
      continue;
    }
    Page* page = p.get();
    owned_.push_back(std::move(p));
    if (page->meta.headless) {
      // Headless pages publish their resources but are neither rendered nor listed.
      page->meta.build.render = BuildOptions::Render::kNever;
      page->meta.build.list = BuildOptions::List::kNever;
    }
    if (page->kind == PageKind::kHome) {
      home_ = page;
    } else if (page->kind == PageKind::kSection) {
      std::string dir(PathDir(page->file.path));
      if (IsFiltered(*page, o)) {
        dropped_dirs.push_back(dir);
        continue;
      }
      // A section with an _index.md keeps its own title, even an empty one: only sections
      // without a file are titled after their directory.
      sections_[dir] = page;
    } else if (!IsFiltered(*page, o) && o.disabled_kinds.count("page") == 0) {
      regular.push_back(page);
    }
  }
  // A filtered-out section takes its whole subtree with it.
  auto under_dropped = [&](std::string_view path) {
    for (const std::string& d : dropped_dirs) {
      if (path.starts_with(d + "/")) return true;
    }
    return false;
  };
  std::erase_if(regular, [&](const Page* p) { return under_dropped(p->file.path); });
  std::erase_if(sections_, [&](const auto& entry) { return under_dropped(entry.first + "/"); });
  if (home_ == nullptr) home_ = NewPage(PageKind::kHome);
  // Hugo titles such a home page as the site, which also decides where it sorts.
  if (home_->meta.title.empty()) home_->meta.title = o.site_title;
  // Top-level directories holding pages are sections even without _index.
  for (Page* page : regular) {
    std::string dir = PageDir(*page);
    if (!dir.empty()) RETURN_IF_ERROR(SectionFor(std::string(Split(dir, '/')[0])).status());
  }
  // Parents: the nearest enclosing section, else home.
  auto parent_of = [&](std::string_view dir) -> Page* {
    for (std::string_view d = dir; !d.empty(); d = PathDir(d)) {
      auto it = sections_.find(std::string(d));
      if (it != sections_.end()) return it->second;
    }
    return home_;
  };
  for (auto& [dir, section] : sections_) {
    section->parent = parent_of(PathDir(dir));
    section->section = std::string(Split(dir, '/')[0]);
    for (std::string_view seg : Split(dir, '/')) {
      section->sections_path.push_back(MakeUrlPathSegment(seg, o.disable_path_to_lower));
    }
    section->parent->pages.push_back(section);
  }
  for (Page* page : regular) {
    std::string dir = PageDir(*page);
    page->parent = parent_of(dir);
    page->section = dir.empty() ? "" : std::string(Split(dir, '/')[0]);
    page->sections_path = page->parent->sections_path;
    if (page->meta.build.list != BuildOptions::List::kNever) page->parent->pages.push_back(page);
    if (Listed(*page)) regular_pages_.push_back(page);
    if (!page->meta.headless) taxonomy_members_.push_back(page);
    for (Page* p = page->parent; p != nullptr; p = p->parent) {
      if (page->meta.build.list != BuildOptions::List::kNever) {
        p->regular_pages_recursive.push_back(page);
      }
    }
  }
  SortPagesDefault(&regular_pages_, CollectOrder::kSite);
  RETURN_IF_ERROR(BuildTaxonomies(&taxonomy_sources));
  // Dates first: lists sort among their siblings by the dates they take from members.
  std::vector<NewestDates> taxonomy_dates;
  for (const std::unique_ptr<Page>& p : owned_) {
    if (p->kind != PageKind::kTaxonomy) continue;
    // Without term pages a taxonomy lists nothing, and has no members to date it by.
    if (o.disabled_kinds.contains("term")) p->pages.clear();
    taxonomy_dates.push_back(FillListDates(p.get()));
    taxonomies_.push_back(p.get());
  }
  FillListDates(home_, taxonomy_dates);
  for (const std::unique_ptr<Page>& p : owned_) {
    if (p->IsList()) {
      SortPagesDefault(&p->pages, CollectOrder::kChildren);
      SortPagesDefault(&p->regular_pages_recursive, CollectOrder::kChildren);
    }
  }
  LinkNeighbours(regular_pages_, &Page::next, &Page::prev);
  for (const auto& [dir, section] : sections_) {
    std::vector<Page*> siblings;
    for (Page* p : section->pages) {
      if (!p->IsList()) siblings.push_back(p);
    }
    LinkNeighbours(siblings, &Page::next_in_section, &Page::prev_in_section);
  }
  // Drop the kinds the site disables, then every page not reached from a list.
  for (const std::unique_ptr<Page>& p : owned_) {
    bool keep = p.get() == home_ || p->parent != nullptr || p->kind == PageKind::kTaxonomy;
    if (!keep) continue;
    if (o.disabled_kinds.count(PageKindName(p->kind)) == 0) {
      pages_.push_back(p.get());
    } else if (p->kind == PageKind::kSection) {
      disabled_sections_.push_back(p.get());
    }
  }
  // Nor does any list hold them (a taxonomy lists no terms when terms are disabled).
  for (const std::unique_ptr<Page>& p : owned_) {
    std::erase_if(p->pages, [&o](const Page* member) {
      return o.disabled_kinds.count(PageKindName(member->kind)) != 0;
    });
  }
  SortPagesDefault(&pages_, CollectOrder::kSite);
  RETURN_IF_ERROR(AssignPaths());
  for (const auto& [dir, file] : content.loose_files) {
    resources_.push_back(
        {file.filesystem_path,
         o.lang_prefix + (dir.empty() ? file.rel_path : dir + "/" + file.rel_path)});
  }
  return Status::Ok();
}

Status ContentTree::BuildTaxonomies(std::vector<std::unique_ptr<Page>>* taxonomy_sources) {
  const ContentOptions& o = options_;
  std::map<std::string, Page*> sources;  // "tags" or "tags/go" → its _index page
  for (std::unique_ptr<Page>& p : *taxonomy_sources) {
    sources[SanitizedDir(PathDir(p->file.path), o)] = p.get();
    owned_.push_back(std::move(p));
  }
  // A taxonomy or term takes the meta of its _index file, else the cascade reaching it:
  // `fm` is what hugo gives such a page of its own.
  auto adopt = [&](Page* page, const std::string& key, ValueMap fm) -> Status {
    auto it = sources.find(key);
    if (it == sources.end()) return ReadVirtualMeta(page, key, std::move(fm));
    page->meta = it->second->meta, page->file = it->second->file;
    return Status::Ok();
  };
  // Pages in source-path order: the first page to use a term names it.
  std::vector<Page*> by_path = taxonomy_members_;
  std::sort(by_path.begin(), by_path.end(),
            [](const Page* a, const Page* b) { return a->file.path < b->file.path; });
  for (const Taxonomy& tax : o.taxonomies) {
    Page* list = NewPage(PageKind::kTaxonomy);
    list->taxonomy = tax.plural;
    list->file.path = tax.plural;
    list->section = tax.plural;
    list->parent = home_;  // the home page is a taxonomy's parent, section and ancestor
    RETURN_IF_ERROR(adopt(list, MakeUrlPath(tax.plural), {}));
    if (list->meta.title.empty()) list->meta.title = ListTitle(tax.plural, false, true);
    std::map<std::string, Page*> terms;
    // Front matter keys are lower-cased; a plural keeps its configured case in names.
    const std::string key = AsciiLower(tax.plural);
    const std::string weight_key = key + "_weight";
    for (Page* page : by_path) {
      const Value* v = page->meta.params.Find(key);
      if (v == nullptr) continue;
      std::vector<std::string> names;
      if (v->kind() == ValueKind::kList) {
        for (const Value& item : v->AsList()) names.push_back(ScalarText(item));
      } else {
        names.push_back(ScalarText(*v));
      }
      std::erase(names, std::string());
      // Within one page the last spelling of a term wins.
      std::map<std::string, std::string> page_terms;
      for (const std::string& name : names) {
        page_terms[MakeUrlPath(name, o.disable_path_to_lower)] = name;
      }
      for (const auto& [key, name] : page_terms) {
        Page*& merged = terms[o.disable_path_to_lower ? AsciiLower(key) : key];
        if (merged == nullptr) {
          merged = NewPage(PageKind::kTerm);
          merged->taxonomy = tax.plural;
          merged->term = key;
          merged->file.path = tax.plural + "/" + key;
          merged->section = tax.plural;
          merged->parent = list;
          // hugo gives a term page its name as the `title` param too.
          RETURN_IF_ERROR(
              adopt(merged, MakeUrlPath(tax.plural) + "/" + key, {{"title", Value::String(name)}}));
          list->pages.push_back(merged);
        }
        Page* term = merged;
        if (merged->term != key) {
          auto spelling = std::find_if(merged->term_spellings.begin(), merged->term_spellings.end(),
                                       [&key](const Page* p) { return p->term == key; });
          if (spelling != merged->term_spellings.end()) {
            term = *spelling;
          } else {
            term = NewPage(PageKind::kTerm);
            term->taxonomy = tax.plural;
            term->term = key;
            term->merged_term = merged;
            merged->term_spellings.push_back(term);
          }
        }
        term->pages.push_back(page);
        term->regular_pages_recursive.push_back(page);
        const Value* w = page->meta.params.Find(weight_key);
        int weight =
            w != nullptr && w->kind() == ValueKind::kInt ? static_cast<int>(w->AsInt()) : 0;
        term->weighted_pages.emplace_back(page, weight);
      }
    }
    auto by_weight = [](std::vector<std::pair<const Page*, int>>* weighted) {
      GoStableSort(weighted->begin(), weighted->end(), [](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second < b.second;
        return DefaultPageLess(*a.first, *b.first);
      });
    };
    for (auto& [key, term] : terms) {
      by_weight(&term->weighted_pages);
      for (Page* spelling : term->term_spellings) by_weight(&spelling->weighted_pages);
    }
  }
  return Status::Ok();
}

Status ContentTree::AssignPaths() {
  const ContentOptions& o = options_;
  std::map<std::string, const Page*> claimed;
  for (Page* page : pages_) {
    std::string natural;
    switch (page->kind) {
      case PageKind::kHome:
        break;
      case PageKind::kSection:
        natural = Join(page->sections_path, "/");
        break;
      case PageKind::kTaxonomy:
        natural = MakeUrlPath(page->taxonomy, o.disable_path_to_lower);
        break;
      case PageKind::kTerm:
        natural = MakeUrlPath(page->taxonomy, o.disable_path_to_lower) + "/" + page->term;
        break;
      case PageKind::kPage: {
        std::string dir = SanitizedDir(PageDir(*page), o);
        std::string name = page->meta.slug.empty() ? page->file.base_file_name : page->meta.slug;
        natural =
            (dir.empty() ? "" : dir + "/") + MakeUrlPathSegment(name, o.disable_path_to_lower);
        break;
      }
    }
    ASSIGN_OR_RETURN(std::string path, PagePath(*page, natural, o));
    // A front-matter `url` is taken as written, outside the language's directory.
    const bool has_url = !page->meta.url.empty() && page->kind != PageKind::kHome;
    const std::string prefix = has_url ? "" : o.lang_prefix;
    // Hugo prints a page's link as Go's url.Parse(link).String(): non-ASCII and the
    // characters a URL path may not carry come out percent-escaped, while the file is
    // written at the path as it is.
    page->rel_permalink = GoUrlString(o.base_url_path + prefix + path.substr(1));
    const bool url_file = has_url && UrlNamesFile(path);
    page->html_path = url_file ? path.substr(1) : prefix + TargetFileForPath(path, o.ugly_urls);
    page->lang = o.lang;
    page->translation_key = TranslationKey(*page);
    std::string_view html = page->html_path;
    if (url_file) {
      page->target_dir = std::string(html.substr(0, html.rfind('/') + 1));
    } else if (html == "index.html" || html.ends_with("/index.html")) {
      page->target_dir = std::string(html.substr(0, html.size() - 10));
    } else {
      page->target_dir = std::string(html.substr(0, html.rfind('.'))) + "/";
    }
    if (page->ShouldRender()) {
      auto [it, inserted] = claimed.emplace(page->html_path, page);
      if (!inserted) {
        std::string other =
            it->second->has_file ? "content/" + it->second->file.path : it->second->rel_permalink;
        return InvalidArgumentError("URL \"" + page->rel_permalink + "\" is already claimed by " +
                                    other)
            .At(page->meta.path_location);
      }
    }
    if (page->meta.build.publish_resources) {
      for (const Resource& r : page->resources) {
        if (r.is_content) continue;
        resources_.push_back({r.filesystem_path, page->target_dir + r.rel_path});
      }
    }
  }
  return Status::Ok();
}

const char* PageKindName(PageKind kind) {
  switch (kind) {
    case PageKind::kHome:
      return "home";
    case PageKind::kPage:
      return "page";
    case PageKind::kSection:
      return "section";
    case PageKind::kTaxonomy:
      return "taxonomy";
    case PageKind::kTerm:
      return "term";
  }
  return "?";
}

}  // namespace kiln
