// Hugo 0.111's template functions that need neither the site nor the executing page,
// one registration function per namespace. Each installs the namespace object
// (`strings`, `math`, ...) and the namespace's top-level aliases (`upper`, `add`, ...),
// overriding Go's built-ins where Hugo does (eq, lt, index, slice, ...).
//
// Registered functions are pure and safe to call from many threads.
#ifndef KILN_HUGO_FUNCS_FUNCS_H_
#define KILN_HUGO_FUNCS_FUNCS_H_

#include <memory>

#include "base/build_log.h"
#include "base/clock.h"
#include "highlight/highlight.h"
#include "markdown/markdown.h"
#include "template/functions.h"
#include "value/time_zone.h"

namespace kiln::funcs {

void RegisterCompareFuncs(tmpl::FuncMap* funcs);      // eq ne lt le gt ge default cond
void RegisterCastFuncs(tmpl::FuncMap* funcs);         // int float string
void RegisterMathFuncs(tmpl::FuncMap* funcs);         // add sub mul div mod modBool math.*
void RegisterSafeFuncs(tmpl::FuncMap* funcs);         // safeHTML safeCSS safeJS safeURL ...
void RegisterCryptoFuncs(tmpl::FuncMap* funcs);       // md5 sha1 sha256 hmac crypto.FNV32a
void RegisterEncodingFuncs(tmpl::FuncMap* funcs);     // jsonify base64Encode base64Decode
void RegisterCollectionsFuncs(tmpl::FuncMap* funcs);  // dict slice seq where sort first in ...
void RegisterStringsFuncs(tmpl::FuncMap* funcs);      // strings.* chomp trim replace title ...
void RegisterPathFuncs(tmpl::FuncMap* funcs);         // path.Base/Dir/Ext/Join/Split/Clean
// fmt.Print/Printf/Println errorf warnf erroridf. With a `log`, errorf/warnf/erroridf log
// into it (erroridf unless its ID is in `ignore_errors`) and print nothing; without one,
// errorf and erroridf fail the template and warnf does nothing.
void RegisterFmtFuncs(tmpl::FuncMap* funcs, BuildLog* log = nullptr,
                      const std::vector<std::string>& ignore_errors = {});
void RegisterReflectFuncs(tmpl::FuncMap* funcs);  // reflect.IsMap reflect.IsSlice
void RegisterUrlsFuncs(tmpl::FuncMap* funcs);     // anchorize urlize urls.Parse
void RegisterInflectFuncs(tmpl::FuncMap* funcs);  // humanize pluralize singularize
// time dateFormat now duration; `now` reads `clock`; zone-less date strings are wall times
// in `zone` (the site's timeZone); time.Format prints dates as hugo does for the language
// key `lang`, or `default_lang` when hugo does not localise `lang` (time_locale.h).
void RegisterTimeFuncs(tmpl::FuncMap* funcs,
                       std::shared_ptr<const Clock> clock = std::make_shared<RealClock>(),
                       TimeZone zone = TimeZone::Utc(), std::string_view lang = "en",
                       std::string_view default_lang = "en");

// markdownify plainify htmlEscape htmlUnescape highlight emojify unmarshal; markdownify
// and highlight render with the given options.
void RegisterTransformFuncs(tmpl::FuncMap* funcs, markdown::MarkdownOptions markdown_options = {},
                            highlight::HighlightOptions highlight_options = {});

// lang.FormatNumber/Percent/Currency/Accounting in the locale of the language key `lang`
// (else `default_lang`'s, number_locale.h), FormatNumberCustom/NumFmt, and lang.Translate
// when `translate` is given (the site's i18n registers the namespace again with it), and
// lang.Merge when `merge` is given (it needs page collections, which the site layer has).
void RegisterLangFuncs(tmpl::FuncMap* funcs,
                       std::function<StatusOr<Value>(std::span<const Value>)> translate = {},
                       std::string_view lang = "en", std::string_view default_lang = "en",
                       std::function<StatusOr<Value>(std::span<const Value>)> merge = {});
void RegisterDebugFuncs(tmpl::FuncMap* funcs);  // debug.Dump
void RegisterHugoFuncs(tmpl::FuncMap* funcs);   // hugo.Version hugo.Generator ...
// The hugo namespace for a build in `environment` (hugo.Environment, hugo.IsProduction).
void RegisterHugoFuncs(tmpl::FuncMap* funcs, const std::string& environment);
void RegisterApplyFunc(tmpl::FuncMap* funcs);  // apply

// Every namespace above.
void RegisterAllFuncs(tmpl::FuncMap* funcs);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_FUNCS_H_
