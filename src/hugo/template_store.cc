#include "hugo/template_store.h"

#include <cctype>

#include "base/path.h"
#include "base/strings.h"
#include "hugo/partial_funcs.h"

namespace kiln::hugo {
namespace {

Status WalkLayouts(const FileSystem& fs, const std::string& root, const std::string& rel,
                   std::map<std::string, TemplateSource>* out) {
  std::string dir = rel.empty() ? root : JoinPath(root, rel);
  ASSIGN_OR_RETURN(std::vector<FileInfo> entries, fs.ListDir(dir));
  for (const FileInfo& e : entries) {
    std::string name = rel.empty() ? e.name : rel + "/" + e.name;
    if (e.is_dir) {
      RETURN_IF_ERROR(WalkLayouts(fs, root, name, out));
      continue;
    }
    if (out->contains(name)) continue;  // hidden by an earlier directory
    std::string file = JoinPath(root, name);
    ASSIGN_OR_RETURN(std::string text, fs.ReadFile(file));
    out->emplace(name, TemplateSource{name, std::move(text), std::move(file)});
  }
  return Status::Ok();
}

// Base templates are any file with "baseof" in its base name.
bool IsBaseName(std::string_view name) {
  return PathBase(name).find("baseof") != std::string_view::npos;
}

// Partials, shortcodes and render hooks are executed on their own, never through a base.
bool NeverOverlay(std::string_view name) {
  return name.starts_with("partials/") || name.starts_with("shortcodes/") ||
         name.starts_with("_internal/shortcodes/") ||
         name.find("_markup/") != std::string_view::npos;
}

// Skips one {{/* comment */}} (with optional trim markers) at the start of `s`; returns
// the number of bytes skipped, 0 if `s` does not start with a comment action.
size_t SkipCommentAction(std::string_view s) {
  size_t i = 2;
  if (!s.starts_with("{{")) return 0;
  if (s.substr(i).starts_with("- ")) i += 2;
  if (!s.substr(i).starts_with("/*")) return 0;
  size_t end = s.find("*/", i + 2);
  if (end == std::string_view::npos) return 0;
  size_t j = end + 2;
  if (s.substr(j).starts_with(" -")) j += 2;
  if (!s.substr(j).starts_with("}}")) return 0;
  return j + 2;
}

}  // namespace

StatusOr<std::vector<TemplateSource>> ReadLayouts(const FileSystem& fs,
                                                  const std::vector<std::string>& layout_dirs) {
  std::map<std::string, TemplateSource> files;
  for (const std::string& dir : layout_dirs) {
    if (!fs.IsDir(dir)) continue;
    RETURN_IF_ERROR(WalkLayouts(fs, dir, "", &files));
  }
  std::vector<TemplateSource> out;
  out.reserve(files.size());
  for (auto& [name, source] : files) out.push_back(std::move(source));
  return out;
}

bool IsOverlayText(std::string_view text) {
  while (!text.empty()) {
    if (std::isspace(static_cast<unsigned char>(text.front()))) {
      text.remove_prefix(1);
    } else if (size_t n = SkipCommentAction(text); n > 0) {
      text.remove_prefix(n);
    } else {
      break;
    }
  }
  if (!text.starts_with("{{")) return false;
  text.remove_prefix(2);
  if (text.starts_with("-")) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  return text.starts_with("define");
}

bool IsPlainTextTemplateName(std::string_view name, std::span<const OutputFormat> formats) {
  std::vector<std::string_view> parts = Split(PathBase(name), '.');
  if (parts.size() < 2) return false;
  for (size_t i = 1; i + 1 < parts.size(); ++i) {
    if (const OutputFormat* f = FindOutputFormat(formats, parts[i])) return f->is_plain_text;
  }
  for (const OutputFormat& f : formats) {
    if (f.suffix == parts.back()) return f.is_plain_text;
  }
  return false;
}

TemplateStore::TemplateStore(const tmpl::FuncMap* funcs)
    : html_(std::make_unique<tmpl::TemplateSet>(funcs)),
      text_(std::make_unique<tmpl::TemplateSet>(funcs)) {}

tmpl::TemplateSet& TemplateStore::SetFor(std::string_view name) {
  return IsPlainTextTemplateName(name, formats_) ? *text_ : *html_;
}

StatusOr<std::unique_ptr<TemplateStore>> TemplateStore::Build(std::vector<TemplateSource> sources,
                                                              const tmpl::FuncMap* funcs,
                                                              std::vector<OutputFormat> formats) {
  std::unique_ptr<TemplateStore> store(new TemplateStore(funcs));
  store->formats_ = std::move(formats);
  for (TemplateSource& s : sources) {
    std::string name = s.name;
    if (IsBaseName(name)) {
      store->bases_[name] = std::move(s);
    } else if (!NeverOverlay(name) && IsOverlayText(s.text)) {
      store->overlays_[name] = std::move(s);
    } else {
      store->files_[name] = std::move(s);
    }
  }
  for (const auto& [name, s] : store->files_) {
    tmpl::TemplateSet& set = store->SetFor(name);
    RETURN_IF_ERROR(set.Parse(name, s.text).WithContext("loading " + s.file));
    if (name.starts_with("partials/")) HoistPartialReturn(&set, name);
  }
  for (const auto& [name, s] : store->files_) {
    if (!NeverOverlay(name) || IsPlainTextTemplateName(name, store->formats_)) continue;
    RETURN_IF_ERROR(store->html_->EscapeHTML(name).WithContext("loading " + s.file));
  }
  return store;
}

bool TemplateStore::Has(std::string_view name) const {
  return files_.contains(name) || bases_.contains(name) || overlays_.contains(name);
}

bool TemplateStore::HasNameContaining(std::string_view part) const {
  for (const auto& [name, source] : files_) {
    if (name.find(part) != std::string::npos) return true;
  }
  return false;
}

std::optional<ResolvedTemplate> TemplateStore::Find(std::string_view name) const {
  if (!files_.contains(name)) return std::nullopt;
  const tmpl::TemplateSet* set =
      IsPlainTextTemplateName(name, formats_) ? text_.get() : html_.get();
  return ResolvedTemplate{set, std::string(name), ""};
}

StatusOr<std::optional<ResolvedTemplate>> TemplateStore::Resolve(
    const std::vector<std::string>& candidates, const std::vector<std::string>& base_candidates) {
  for (const std::string& name : candidates) {
    if (auto it = files_.find(name); it != files_.end()) {
      tmpl::TemplateSet& set = SetFor(name);
      if (&set == html_.get()) {
        RETURN_IF_ERROR(set.EscapeHTML(name).WithContext("loading " + it->second.file));
      }
      return std::optional<ResolvedTemplate>(ResolvedTemplate{&set, name, ""});
    }
    auto overlay = overlays_.find(name);
    if (overlay == overlays_.end()) continue;
    const TemplateSource* base = nullptr;
    for (const std::string& b : base_candidates) {
      if (auto it = bases_.find(b); it != bases_.end()) {
        base = &it->second;
        break;
      }
    }
    ASSIGN_OR_RETURN(ResolvedTemplate r, ApplyBase(overlay->second, base));
    return std::optional<ResolvedTemplate>(std::move(r));
  }
  return std::optional<ResolvedTemplate>();
}

StatusOr<ResolvedTemplate> TemplateStore::ApplyBase(const TemplateSource& overlay,
                                                    const TemplateSource* base) {
  std::string key = overlay.name + "\n" + (base ? base->name : "");
  auto it = applied_.find(key);
  if (it == applied_.end()) {
    std::unique_ptr<tmpl::TemplateSet> set = SetFor(overlay.name).Clone();
    if (base) {
      // The base's body becomes the overlay's; its trees keep the base's name for errors.
      RETURN_IF_ERROR(set->Parse(base->name, base->text).WithContext("loading " + base->file));
      std::unique_ptr<tmpl::Tree> body = set->Lookup(base->name)->Clone();
      body->name = overlay.name;
      set->AddTree(std::move(body));
    }
    RETURN_IF_ERROR(set->Parse(overlay.name, overlay.text).WithContext("loading " + overlay.file));
    if (!IsPlainTextTemplateName(overlay.name, formats_)) {
      RETURN_IF_ERROR(set->EscapeHTML(overlay.name).WithContext("loading " + overlay.file));
    }
    it = applied_.emplace(std::move(key), std::move(set)).first;
  }
  return ResolvedTemplate{it->second.get(), overlay.name, base ? base->name : ""};
}

StatusOr<std::optional<ResolvedTemplate>> ResolveLayout(TemplateStore& store,
                                                        const LayoutDescriptor& d,
                                                        const OutputFormat& f) {
  LayoutDescriptor base = d;
  base.baseof = true;
  return store.Resolve(LayoutCandidates(d, f), LayoutCandidates(base, f));
}

}  // namespace kiln::hugo
