#include "config/languages.h"

#include <algorithm>

#include "base/path.h"
#include "base/strings.h"

namespace kiln {

namespace {

std::string StringAt(const Value& map, const char* key) {
  const Value* v = map.Find(key);
  return v != nullptr && v->is_string() ? v->AsString() : "";
}

StatusOr<LanguageConfig> ReadLanguage(const std::string& key, const Value& settings,
                                      const std::string& source_dir) {
  LanguageConfig l;
  l.key = AsciiLower(key);
  l.settings = settings;
  if (settings.kind() != ValueKind::kMap) return l;
  l.name = StringAt(settings, "languagename");
  l.code = StringAt(settings, "languagecode");
  l.title = StringAt(settings, "title");
  if (const Value* w = settings.Find("weight"); w != nullptr) {
    if (w->kind() != ValueKind::kInt) {
      return InvalidArgumentError("languages." + key + ".weight: want an integer");
    }
    l.weight = static_cast<int>(w->AsInt());
  }
  std::string dir = StringAt(settings, "contentdir");
  if (!dir.empty()) {
    l.content_dir = dir.front() == '/' ? CleanPath(dir) : CleanPath(JoinPath(source_dir, dir));
  }
  if (const Value* p = settings.Find("params"); p != nullptr && p->kind() == ValueKind::kMap) {
    l.params = *p;
  }
  return l;
}

bool Disabled(const LanguageConfig& l, const std::vector<std::string>& disabled) {
  const Value* d = l.settings.kind() == ValueKind::kMap ? l.settings.Find("disabled") : nullptr;
  if (d != nullptr && d->kind() == ValueKind::kBool && d->AsBool()) return true;
  return std::find(disabled.begin(), disabled.end(), l.key) != disabled.end();
}

}  // namespace

StatusOr<std::vector<LanguageConfig>> EnabledLanguages(const Value& languages,
                                                       const std::string& default_language,
                                                       const std::vector<std::string>& disabled,
                                                       const std::string& source_dir) {
  std::vector<LanguageConfig> out;
  if (languages.kind() != ValueKind::kMap || languages.AsMap().empty()) {
    LanguageConfig only;
    only.key = default_language;
    out.push_back(std::move(only));
    return out;
  }
  bool has_default = false;
  for (const auto& [key, settings] : languages.AsMap()) {
    ASSIGN_OR_RETURN(LanguageConfig l, ReadLanguage(key, settings, source_dir));
    has_default = has_default || l.key == default_language;
    if (!Disabled(l, disabled)) out.push_back(std::move(l));
  }
  if (!has_default) {
    return InvalidArgumentError("site config value \"" + default_language +
                                "\" for defaultContentLanguage does not match any language "
                                "definition");
  }
  std::stable_sort(out.begin(), out.end(), [](const LanguageConfig& a, const LanguageConfig& b) {
    if (a.weight != b.weight && (a.weight == 0 || b.weight == 0)) return b.weight == 0;
    if (a.weight != b.weight) return a.weight < b.weight;
    return a.key < b.key;
  });
  return out;
}

}  // namespace kiln
