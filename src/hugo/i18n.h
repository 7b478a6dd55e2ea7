// Translations for `i18n` / `T` / lang.Translate: the i18n/<lang>.toml|yaml|yml|json files
// of the site and its themes, merged (the site wins, key by key). A key maps to a string
// or to plural forms (`one`, `other`, ...); strings are Go templates run with the call's
// data, where `.Count` is the count. English plural rules: `one` for ±1, else `other`.
// A missing key or form translates to "", as Hugo does without placeholders.
//
// An I18n is built single-threaded, then immutable; Translate is thread-safe.
#ifndef KILN_HUGO_I18N_H_
#define KILN_HUGO_I18N_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "template/functions.h"
#include "template/template_set.h"

namespace kiln::hugo {

class I18n {
 public:
  // Reads `<lang>.*` from each of `dirs` (highest priority first); missing files are fine.
  static StatusOr<std::unique_ptr<I18n>> Load(const FileSystem& fs,
                                              const std::vector<std::string>& dirs,
                                              const std::string& lang);

  // The translation of `id` with `data` (a count, a map with Count, or anything else).
  StatusOr<std::string> Translate(const std::string& id, const Value& data) const;

 private:
  I18n();
  Status Add(const std::string& id, const std::string& form, const std::string& text);

  tmpl::FuncMap funcs_;
  tmpl::TemplateSet templates_;                                    // "id\x1fform" → text
  std::map<std::string, std::map<std::string, bool>> forms_;       // id → forms present
};

// Registers i18n, T and lang.Translate over `i18n` (the lang namespace is installed again).
void RegisterI18nFuncs(std::shared_ptr<const I18n> i18n, tmpl::FuncMap* funcs);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_I18N_H_
