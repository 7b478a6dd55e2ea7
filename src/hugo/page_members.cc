// The PageObject members beyond the basic ones: raw and plain content, the file's identity,
// page-to-page navigation and the
// site's members reachable from a page.
#include <openssl/evp.h>

#include "base/hex.h"
#include "base/strings.h"
#include "hugo/git_info_object.h"
#include "hugo/page_object.h"
#include "hugo/shortcode_object.h"
#include "hugo/site_object.h"
#include "markdown/content_helpers.h"

namespace kiln::hugo {
namespace {

Value Str(std::string s) { return Value::String(std::move(s)); }

std::string Md5Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), digest, &size, EVP_md5(), nullptr);
  return HexEncode(std::string_view(reinterpret_cast<const char*>(digest), size));
}

}  // namespace

Value PageObject::FileValue() const {
  if (!page_->has_file) return Value();
  const SourceFile& f = page_->file;
  // "post.fr.md" has the base name "post.fr" and the translation base name "post"; an
  // index.md or _index.md takes its content base name from its directory.
  std::string_view base = f.BaseName();
  std::string_view translation_base = f.TranslationBaseName();
  std::string_view content_base = translation_base;
  if (content_base == "index" || content_base == "_index") {
    std::string_view dir = f.dir;
    if (dir.ends_with('/')) dir.remove_suffix(1);
    content_base = dir.substr(dir.rfind('/') + 1);
  }
  return Value::Map({{"Path", Str(f.path)},
                     {"Dir", Str(f.dir.empty() ? "/" : f.dir)},  // hugo's root is "/"
                     {"LogicalName", Str(f.logical_name)},
                     {"BaseFileName", Str(std::string(base))},
                     {"TranslationBaseName", Str(std::string(translation_base))},
                     {"ContentBaseName", Str(std::string(content_base))},
                     {"Ext", Str(f.ext)},
                     {"Lang", Str(f.lang.empty() ? site_->info().language.lang : f.lang)},
                     {"UniqueID", Str(Md5Hex(f.path))},
                     {"Filename", Str(f.filesystem_path)}});
}

StatusOr<Value> PageObject::MoreMember(std::string_view name, std::span<const Value> args) const {
  const Page& p = *page_;
  if (name == "File") return FileValue();
  if (name == "GitInfo") return GitInfoValue(p.git_info);
  if (name == "RawContent") return Str(p.raw_content);
  if (name == "PlainWords") {
    const Rendered& r = Render();
    RETURN_IF_ERROR(r.status);
    ValueList words;
    for (std::string_view w : markdown::PlainWords(r.plain)) words.push_back(Str(std::string(w)));
    return Value::List(std::move(words));
  }
  if (name == "Path") {
    // The content file's path, else where the list sits in the tree ("posts", "tags/x").
    if (p.has_file) return Str(p.file.path);
    if (p.kind == PageKind::kSection) return Str(Join(p.sections_path, "/"));
    if (p.kind == PageKind::kTaxonomy) return Str(p.taxonomy);
    if (p.kind == PageKind::kTerm) return Str(p.taxonomy + "/" + p.term);
    return Str("");
  }
  if (name == "BundleType") {
    // Every list is a branch; a regular page is a leaf when it is its bundle's index.md.
    if (p.IsList()) return Str("branch");
    return Str(p.is_bundle ? "leaf" : "");
  }
  if (name == "Eq") {
    // Hugo's page equality: the other page's wrappers (a shortcode's .Page) count as it.
    return Value::Bool(args.size() == 1 && args[0].kind() == ValueKind::kObject &&
                       PageEqIdentity(args[0].AsObject()) == Identity());
  }
  if (name == "NextPage") return site_->PageValue(p.next);
  if (name == "PrevPage") return site_->PageValue(p.prev);
  if (name == "Sites" || name == "Hugo") return site_->Member(name, args);
  return NotFoundError(std::string(name));
}

}  // namespace kiln::hugo
