// TemplateStore: every layout of a site (its own `layouts/`, then each theme's, then kiln's
// embedded `_internal/` templates), parsed once into two template sets: html/template for
// files whose output format is HTML-like (HTML, RSS, sitemap) and text/template for plain
// formats (JSON, robots.txt, …), as Hugo keeps them. A name defined by an earlier layouts
// directory hides the same name in later ones.
//
// Layouts whose text starts with {{ define }} are overlays: they are not parsed on their
// own but on top of a base (`baseof.html`, found by layout lookup with `baseof` set), in a
// clone of the main set, the way Hugo applies base templates.
//
// Build and Resolve run single-threaded (during preparation). After that the store and
// every set it handed out are immutable and may be executed from many threads.
#ifndef KILN_HUGO_TEMPLATE_STORE_H_
#define KILN_HUGO_TEMPLATE_STORE_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "hugo/layout_lookup.h"
#include "hugo/output_format.h"
#include "template/functions.h"
#include "template/template_set.h"

namespace kiln::hugo {

// One template file.
struct TemplateSource {
  std::string name;  // path under layouts/, e.g. "_default/single.html"
  std::string text;
  std::string file;  // where it was read from, for messages
};

// Reads every file under each of `layout_dirs` (missing ones are skipped). A name found in
// an earlier directory hides it in later ones. Sorted by name.
StatusOr<std::vector<TemplateSource>> ReadLayouts(const FileSystem& fs,
                                                  const std::vector<std::string>& layout_dirs);

// Whether `text` only defines blocks for a base template: after leading space and
// {{/* comments */}}, it starts with a {{ define }} action.
bool IsOverlayText(std::string_view text);

// Whether a template file is parsed as text/template: its output format, found from a
// format name among its dot-separated parts ("list.json.html" is JSON) or else from its
// suffix, is a plain-text one.
// `formats` are the site's output formats.
bool IsPlainTextTemplateName(std::string_view name,
                             std::span<const OutputFormat> formats = BuiltinOutputFormats());

// A template ready to execute: `set->Execute(name, data, out)`.
struct ResolvedTemplate {
  const tmpl::TemplateSet* set = nullptr;
  std::string name;
  std::string base;  // the base template it was applied to, "" if none
};

class TemplateStore {
 public:
  // Parses every source; sources later in the list replace earlier ones of the same name.
  // HTML partials, shortcodes and render hooks are escaped as entry points here, since
  // they are executed on their own. `funcs` must outlive the store.
  static StatusOr<std::unique_ptr<TemplateStore>> Build(
      std::vector<TemplateSource> sources, const tmpl::FuncMap* funcs,
      std::vector<OutputFormat> formats = {BuiltinOutputFormats().begin(),
                                           BuiltinOutputFormats().end()});

  // Whether a template file (layout, base or overlay) called `name` exists.
  bool Has(std::string_view name) const;
  // Whether the name of some parsed template file contains `part`.
  bool HasNameContaining(std::string_view part) const;

  // The first of `candidates` that exists, ready to execute; for an overlay, applied to the
  // first of `base_candidates` that exists. nullopt if no candidate exists.
  StatusOr<std::optional<ResolvedTemplate>> Resolve(
      const std::vector<std::string>& candidates, const std::vector<std::string>& base_candidates);

  // A template of the main sets by name (partials, shortcodes, _internal), or nullopt.
  std::optional<ResolvedTemplate> Find(std::string_view name) const;
  // The functions the templates were parsed with.
  const tmpl::FuncMap* funcs() const { return html_->funcs(); }

 private:
  explicit TemplateStore(const tmpl::FuncMap* funcs);
  tmpl::TemplateSet& SetFor(std::string_view name);
  StatusOr<ResolvedTemplate> ApplyBase(const TemplateSource& overlay, const TemplateSource* base);

  std::vector<OutputFormat> formats_;  // the site's, for choosing a file's set
  std::unique_ptr<tmpl::TemplateSet> html_;
  std::unique_ptr<tmpl::TemplateSet> text_;
  std::map<std::string, TemplateSource, std::less<>> files_;     // parsed into html_/text_
  std::map<std::string, TemplateSource, std::less<>> bases_;     // "…baseof…" files
  std::map<std::string, TemplateSource, std::less<>> overlays_;  // {{ define }}-only layouts
  // Sets made for overlay + base pairs, keyed by "overlay\nbase".
  std::map<std::string, std::unique_ptr<tmpl::TemplateSet>, std::less<>> applied_;
};

// The layout for descriptor `d` in format `f`, with the base it needs: the store's lookup
// with LayoutCandidates(d) and, for an overlay, the baseof candidates of the same d.
StatusOr<std::optional<ResolvedTemplate>> ResolveLayout(TemplateStore& store,
                                                        const LayoutDescriptor& d,
                                                        const OutputFormat& f);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_TEMPLATE_STORE_H_
