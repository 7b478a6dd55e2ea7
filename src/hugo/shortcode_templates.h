// ShortcodeTemplates: the shortcode templates of a site (its own `layouts/shortcodes/`, its
// themes', then kiln's embedded ones), found by name as Hugo looks them up for HTML pages in
// one language, and executed from the TemplateStore.
//
// Built during preparation from the template sources (to learn which templates take inner
// content) and the store they were parsed into; the store must outlive it. Immutable and
// thread-safe afterwards.
#ifndef KILN_HUGO_SHORTCODE_TEMPLATES_H_
#define KILN_HUGO_SHORTCODE_TEMPLATES_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "value/value.h"

namespace kiln::hugo {

class TemplateStore;
struct TemplateSource;

// Every shortcode template among `sources` ("shortcodes/…" and "_internal/shortcodes/…"),
// mapped to whether it evaluates .Inner or .InnerDeindent.
std::map<std::string, bool, std::less<>> ScanShortcodeTemplates(
    const std::vector<TemplateSource>& sources);

// Whether a template's actions refer to .Inner or .InnerDeindent (comments aside).
bool TemplateUsesInner(std::string_view text);

class ShortcodeTemplates {
 public:
  ShortcodeTemplates(std::map<std::string, bool, std::less<>> templates, const TemplateStore* store,
                     std::string lang);

  // The template file for shortcode `name` ("shortcodes/x.en.html", …), nullopt if none.
  std::optional<std::string> Lookup(std::string_view name) const;
  // Whether shortcode `name` takes inner content; nullopt if it has no template.
  std::optional<bool> TakesInner(std::string_view name) const;
  // Executes template file `file` with `data` as dot, appending to `out`.
  Status Execute(std::string_view file, const Value& data, std::string* out) const;

  // `enableInlineShortcodes`: whether `{{< name.inline >}}` calls run their inner text.
  // Set once, before rendering.
  void set_inline_enabled(bool enabled) { inline_enabled_ = enabled; }
  bool inline_enabled() const { return inline_enabled_; }
  // Runs the inner text of an inline shortcode as a template with `data` as dot. Hugo
  // parses it as a text template, so nothing is escaped; it sees the site's functions
  // but not its partials.
  Status ExecuteInline(std::string_view text, const Value& data, std::string* out) const;

 private:
  std::map<std::string, bool, std::less<>> templates_;
  const TemplateStore* store_;
  std::string lang_;
  bool inline_enabled_ = false;
};

}  // namespace kiln::hugo

#endif  // KILN_HUGO_SHORTCODE_TEMPLATES_H_
