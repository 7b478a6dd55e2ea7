#include "content/content_loader.h"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "base/path.h"
#include "base/strings.h"
#include "content/cascade_target.h"
#include "content/file_walk.h"
#include "content/front_matter.h"
#include "content/git_info.h"
#include "content/page_meta.h"
#include "value/lower_case_keys.h"

namespace kiln {

namespace {

struct SourceEntry {
  std::string fs_path;
  int64_t mtime_ns = 0;
  std::string rel_path;  // as named on disk: "about.fr.md"
  std::string lang;
};

// The extension without its dot: "md" for "a/b.md", "" for "a/b".
std::string_view ExtOf(std::string_view path) {
  std::string_view ext = PathExt(path);
  return ext.empty() ? ext : ext.substr(1);
}

bool IsIndexFile(std::string_view path, std::string_view stem) {
  return PathStem(path) == stem && IsContentExtension(ExtOf(path));
}

// The cascade a branch passes to its descendants (its own entries merged with its parent's);
// `*fm` takes the merged entries into its `cascade`, as hugo's front matter does.
std::vector<CascadeEntry> CascadeOf(Value* fm, const std::vector<CascadeEntry>& inherited) {
  const Value* c = fm->Find("cascade");
  if (c == nullptr || fm->kind() != ValueKind::kMap) return inherited;
  Value shown;
  std::vector<CascadeEntry> merged = MergeCascade(*c, inherited, &shown);
  ValueMap map = fm->AsMap();
  map["cascade"] = std::move(shown);
  *fm = fm->is_params() ? Value::Params(std::move(map)) : Value::Map(std::move(map));
  return merged;
}

// A file's language and its path without the language: "a/about.fr.md" → ("fr",
// "a/about.md") when "fr" is one of the site's languages, else (`dir_lang`, itself).
std::pair<std::string, std::string> SplitLanguage(const std::string& rel_path,
                                                  const std::string& dir_lang,
                                                  const ContentOptions& options) {
  std::string_view ext = PathExt(rel_path);
  std::string_view rest = std::string_view(rel_path).substr(0, rel_path.size() - ext.size());
  std::string_view lang = PathExt(rest);
  if (lang.size() > 1 && PathBase(rest).size() > lang.size() &&
      std::find(options.languages.begin(), options.languages.end(), lang.substr(1)) !=
          options.languages.end()) {
    return {std::string(lang.substr(1)),
            std::string(rest.substr(0, rest.size() - lang.size())) + std::string(ext)};
  }
  return {dir_lang, rel_path};
}

// `path` is the language-free path the tree works with; the entry names the file on disk.
SourceFile MakeSourceFile(const std::string& path, const SourceEntry& entry) {
  SourceFile f;
  f.path = entry.rel_path;
  std::string_view dir = PathDir(path);
  f.dir = dir.empty() ? "" : std::string(dir) + "/";
  f.logical_name = std::string(PathBase(entry.rel_path));
  f.ext = std::string(PathExt(path).substr(std::min<size_t>(1, PathExt(path).size())));
  f.lang = entry.lang;
  f.base_file_name = std::string(PathStem(path));
  if (f.base_file_name == "index" || f.base_file_name == "_index") {
    f.base_file_name = std::string(PathBase(dir));
  }
  f.filesystem_path = entry.fs_path;
  return f;
}

}  // namespace

bool IsContentExtension(std::string_view ext) {
  static const std::set<std::string, std::less<>> kExts = {"md", "markdown", "mdown", "html",
                                                           "htm"};
  return kExts.count(AsciiLower(ext)) > 0;
}

StatusOr<LoadedContent> LoadContent(const FileSystem& fs,
                                    const std::vector<std::string>& content_dirs,
                                    const ContentOptions& options) {
  // This language's files by language-free path, and the non-content files of other
  // languages (kept only as bundle resources).
  std::map<std::string, SourceEntry> files;
  // Directories holding index.* (leaf bundles) in any language: a bundle's files are never
  // loose, even in a language without a translation of it.
  std::set<std::string> leaf_dirs;
  // The languages with an _index.* in each directory: a branch bundle's other files belong
  // to each of its translations.
  std::map<std::string, std::set<std::string>> branch_langs;
  for (const std::string& dir : content_dirs) {
    ASSIGN_OR_RETURN(std::vector<WalkedFile> walked, WalkFiles(fs, dir));
    auto owner = options.dir_languages.find(dir);
    const std::string& dir_lang =
        owner == options.dir_languages.end() ? options.default_lang : owner->second;
    for (WalkedFile& f : walked) {
      auto [lang, path] = SplitLanguage(f.rel_path, dir_lang, options);
      bool content = IsContentExtension(ExtOf(path));
      if (content && IsIndexFile(path, "index")) leaf_dirs.insert(std::string(PathDir(path)));
      if (content && IsIndexFile(path, "_index"))
        branch_langs[std::string(PathDir(path))].insert(lang);
      if (content && lang != options.lang) continue;
      if (!content) path = f.rel_path;  // resources keep their language in the name
      files.emplace(std::move(path), SourceEntry{std::move(f.fs_path), f.info.mtime_ns,
                                                 std::move(f.rel_path), std::move(lang)});
    }
  }
  auto leaf_of = [&](const std::string& path) -> const std::string* {
    for (std::string_view d = PathDir(path);; d = PathDir(d)) {
      auto it = leaf_dirs.find(std::string(d));
      if (it != leaf_dirs.end() && !d.empty()) return &*it;
      if (d.empty()) return nullptr;
    }
  };

  // Branch files first, shallowest first, so cascades are known before their descendants.
  std::vector<const std::string*> order;
  for (const auto& [path, entry] : files) order.push_back(&path);
  auto rank = [](const std::string* p) {
    bool branch = IsIndexFile(*p, "_index");
    return std::make_tuple(!branch, branch ? std::count(p->begin(), p->end(), '/') : 0L, *p);
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](const std::string* a, const std::string* b) { return rank(a) < rank(b); });

  LoadedContent out;
  // One job per content file; reading and decoding run in parallel, cascades need branch
  // pages (ordered first, shallowest first) to be read before their descendants.
  struct Job {
    const std::string* path;
    const SourceEntry* entry;
    bool is_branch = false;
    const std::string* leaf = nullptr;  // for a leaf bundle's index file
    std::unique_ptr<Page> page;
    std::string display, text;
    Value fm;
    Status status;
  };
  std::vector<Job> jobs;
  std::vector<std::pair<const std::string*, const SourceEntry*>> bundled;
  for (const std::string* path_ptr : order) {
    const std::string& path = *path_ptr;
    const SourceEntry& entry = files.at(path);
    const std::string* leaf = leaf_of(path);
    bool is_leaf_index = leaf != nullptr && IsIndexFile(path, "index") && PathDir(path) == *leaf;
    if (leaf != nullptr && !is_leaf_index) {
      bundled.emplace_back(path_ptr, &entry);
    } else if (!IsContentExtension(ExtOf(path))) {
      auto branch = branch_langs.find(std::string(PathDir(path)));
      if (branch != branch_langs.end() ? branch->second.count(options.lang) == 0
                                       : entry.lang != options.lang) {
        continue;
      }
      out.loose_files.emplace_back(std::string(PathDir(path)),
                                   Resource{entry.fs_path, std::string(PathBase(path)), false});
    } else {
      Job& job = jobs.emplace_back();
      job.path = path_ptr;
      job.entry = &entry;
      job.is_branch = IsIndexFile(path, "_index");
      job.leaf = is_leaf_index ? leaf : nullptr;
    }
  }
  auto read_and_decode = [&](Job& job) -> Status {
    job.page = std::make_unique<Page>();
    job.page->has_file = true;
    job.page->file = MakeSourceFile(*job.path, *job.entry);
    job.display = JoinPath("content", job.entry->rel_path);
    StatusOr<std::string> read = fs.ReadFile(job.entry->fs_path);
    if (!read.ok()) return std::move(read).status().At(SourceLocation{job.display, 0, 0, ""});
    job.text = std::move(read).value();
    ASSIGN_OR_RETURN(ParsedContent parsed, ParseContentFile(job.text, job.display));
    job.page->raw_content = std::string(parsed.body);
    if (!parsed.body.empty() && parsed.body.data() >= job.text.data() &&
        parsed.body.data() <= job.text.data() + job.text.size()) {
      size_t body_offset = static_cast<size_t>(parsed.body.data() - job.text.data());
      job.page->raw_content_line_offset =
          static_cast<int>(std::count(job.text.begin(), job.text.begin() + body_offset, '\n'));
    }
    job.fm = LowerCaseKeys(parsed.front_matter);
    return Status::Ok();
  };
  tbb::parallel_for(size_t{0}, jobs.size(),
                    [&](size_t i) { jobs[i].status = read_and_decode(jobs[i]); });
  for (const Job& job : jobs) RETURN_IF_ERROR(job.status);

  CascadeMap& cascades = out.cascades;
  auto inherited_cascade = [&](std::string_view dir) -> const std::vector<CascadeEntry>& {
    return InheritedCascade(cascades, dir);
  };
  auto subject = [&](const Job& job, std::string_view kind) {
    return CascadeSubject{kind, job.entry->rel_path, options.lang, options.environment};
  };
  auto read_meta = [&](Job& job, const Value& fm) -> Status {
    MetaSource source{job.display, job.text, job.page->file.base_file_name,
                      job.entry->mtime_ns / 1000000000};
    if (options.git_history) {
      job.page->git_info = options.git_history->Find(job.entry->fs_path);
      if (job.page->git_info) source.git_author_date = job.page->git_info->author_date;
    }
    ASSIGN_OR_RETURN(job.page->meta, ReadPageMeta(fm, options, source));
    job.text.clear();
    return Status::Ok();
  };
  // The kind a branch's page takes in the tree: _index files under a taxonomy's directory
  // are the taxonomy's or its terms' pages.
  auto branch_kind = [&](std::string_view dir) -> std::string_view {
    if (dir.empty()) return "home";
    std::string_view first = dir.substr(0, dir.find('/'));
    for (const Taxonomy& t : options.taxonomies) {
      if (t.plural == first) return first == dir ? "taxonomy" : "term";
    }
    return "section";
  };
  size_t branches = 0;
  for (; branches < jobs.size() && jobs[branches].is_branch; ++branches) {
    Job& job = jobs[branches];
    std::string_view dir = PathDir(*job.path);
    job.page->kind = dir.empty() ? PageKind::kHome : PageKind::kSection;
    job.page->is_bundle = true;
    // A branch's cascade also reaches the branch page itself.
    const std::vector<CascadeEntry>& cascade = cascades[std::string(dir)] = CascadeOf(
        &job.fm, dir.empty() ? std::vector<CascadeEntry>() : inherited_cascade(PathDir(dir)));
    RETURN_IF_ERROR(read_meta(job, ApplyCascade(job.fm, cascade, subject(job, branch_kind(dir)))));
  }
  tbb::parallel_for(branches, jobs.size(), [&](size_t i) {
    Job& job = jobs[i];
    job.status = read_meta(
        job, ApplyCascade(job.fm, inherited_cascade(PathDir(*job.path)), subject(job, "page")));
  });
  std::map<std::string, Page*> leaf_pages;  // leaf dir → its page
  for (Job& job : jobs) {
    RETURN_IF_ERROR(job.status);
    if (job.leaf != nullptr) {
      job.page->is_bundle = true;
      leaf_pages[*job.leaf] = job.page.get();
    }
    out.pages.push_back(std::move(job.page));
  }
  for (const auto& [path, entry] : bundled) {
    const std::string* leaf = leaf_of(*path);
    auto page = leaf_pages.find(*leaf);
    if (page == leaf_pages.end()) continue;  // a bundle not translated into this language
    page->second->resources.push_back(
        {entry->fs_path, path->substr(leaf->size() + 1), IsContentExtension(ExtOf(*path))});
  }
  return out;
}

}  // namespace kiln
