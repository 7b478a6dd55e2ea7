#include "hugo/shortcode_templates.h"

#include "hugo/template_store.h"
#include "template/template_set.h"

namespace kiln::hugo {
namespace {

bool IsIdentChar(char c) {
  return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

bool TemplateUsesInner(std::string_view text) {
  size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string_view::npos) {
    size_t end = text.find("}}", pos + 2);
    if (end == std::string_view::npos) return false;
    std::string_view action = text.substr(pos + 2, end - pos - 2);
    pos = end + 2;
    size_t body = action.find_first_not_of("- \t\r\n");
    if (body != std::string_view::npos && action.substr(body).starts_with("/*")) continue;
    for (size_t i = action.find(".Inner"); i != std::string_view::npos;
         i = action.find(".Inner", i + 1)) {
      std::string_view rest = action.substr(i + 6);
      if (rest.starts_with("Deindent")) rest.remove_prefix(8);
      if (rest.empty() || !IsIdentChar(rest.front())) return true;
    }
  }
  return false;
}

std::map<std::string, bool, std::less<>> ScanShortcodeTemplates(
    const std::vector<TemplateSource>& sources) {
  std::map<std::string, bool, std::less<>> out;
  for (const TemplateSource& s : sources) {
    if (s.name.starts_with("shortcodes/") || s.name.starts_with("_internal/shortcodes/")) {
      out.emplace(s.name, TemplateUsesInner(s.text));
    }
  }
  return out;
}

ShortcodeTemplates::ShortcodeTemplates(std::map<std::string, bool, std::less<>> templates,
                                       const TemplateStore* store, std::string lang)
    : templates_(std::move(templates)), store_(store), lang_(std::move(lang)) {}

std::optional<std::string> ShortcodeTemplates::Lookup(std::string_view name) const {
  // Hugo weighs the language variant first, then the output format; the site's and
  // themes' templates hide the embedded one of the same name.
  std::string base = "shortcodes/" + std::string(name);
  for (const std::string& candidate :
       {base + "." + lang_ + ".html.html", base + "." + lang_ + ".html", base + ".html.html",
        base + ".html", "_internal/" + base + ".html"}) {
    if (templates_.contains(candidate)) return candidate;
  }
  return std::nullopt;
}

std::optional<bool> ShortcodeTemplates::TakesInner(std::string_view name) const {
  std::optional<std::string> file = Lookup(name);
  if (!file) return std::nullopt;
  return templates_.find(*file)->second;
}

Status ShortcodeTemplates::Execute(std::string_view file, const Value& data,
                                   std::string* out) const {
  std::optional<ResolvedTemplate> t = store_->Find(file);
  if (!t) return NotFoundError("template for shortcode \"" + std::string(file) + "\" not found");
  return t->set->Execute(t->name, data, out);
}

Status ShortcodeTemplates::ExecuteInline(std::string_view text, const Value& data,
                                         std::string* out) const {
  tmpl::TemplateSet set(store_->funcs());
  RETURN_IF_ERROR(set.Parse("inline", text));
  return set.Execute("inline", data, out);
}

}  // namespace kiln::hugo
