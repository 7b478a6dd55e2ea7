// Translations for `i18n` / `T` / lang.Translate: the i18n/<lang>.toml|yaml|yml|json files
// of the site and its themes, merged (the site wins, key by key). A file is either a map
// (id → string, or id → plural forms `one`, `other`, ...) or go-i18n's list of
// `{id, translation}` entries. Strings are Go templates run with the call's data, where
// `.Count` is the count; an empty string defines nothing. The language's plural rules
// pick the form; a missing form falls back to `other`.
//
// Hugo's bundle falls back as go-i18n does: a language without any file translates as the
// default content language, and an id the language does not define is looked up in
// English, the bundle's own default. Anything else translates to "", as Hugo does without
// placeholders.
//
// An I18n is built single-threaded, then immutable; Translate is thread-safe.
#ifndef KILN_HUGO_I18N_H_
#define KILN_HUGO_I18N_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "template/functions.h"
#include "template/template_set.h"

namespace kiln::hugo {

class I18n {
 public:
  // Reads `<lang>.*` (else `<default_lang>.*`) and `en.*` from each of `dirs` (highest
  // priority first); missing files are fine.
  static StatusOr<std::unique_ptr<I18n>> Load(const FileSystem& fs,
                                              const std::vector<std::string>& dirs,
                                              const std::string& lang,
                                              const std::string& default_lang);

  // The translation of `id` with `data` (a count, a map with Count, or anything else).
  StatusOr<std::string> Translate(const std::string& id, const Value& data) const;

 private:
  // One language's translations: id → the plural forms it defines.
  struct Table {
    std::string lang;
    std::map<std::string, std::set<std::string>> forms;
  };

  I18n();
  // Reads `lang`'s files into a new table; false (and no table) when there are none.
  StatusOr<bool> LoadTable(const FileSystem& fs, const std::vector<std::string>& dirs,
                           const std::string& lang);
  Status AddEntry(size_t table, const std::string& id, const Value& translation);
  Status Add(size_t table, const std::string& id, const std::string& form, const std::string& text);

  tmpl::FuncMap funcs_;
  tmpl::TemplateSet templates_;  // "table\x1fid\x1fform" → text
  std::vector<Table> tables_;    // the language's (or the default's), then English
};

// Registers i18n, T and lang.Translate over `i18n` (the lang namespace is installed again,
// its number formatting in the locale of `lang`, else `default_lang`).
void RegisterI18nFuncs(std::shared_ptr<const I18n> i18n, tmpl::FuncMap* funcs,
                       std::string_view lang = "en", std::string_view default_lang = "en");

}  // namespace kiln::hugo

#endif  // KILN_HUGO_I18N_H_
