// Language merging of page collections (hugo's Pages.MergeByLanguage and lang.Merge): a
// collection is filled with the pages of another whose translation key it lacks, and the
// result is put in the default page order. Used to show a page list in one language with
// the pages not translated into it taken from another.
//
// Stateless functions over immutable PagesObjects; safe to call from many threads.
#ifndef KILN_HUGO_LANGUAGE_MERGE_H_
#define KILN_HUGO_LANGUAGE_MERGE_H_

#include <span>

#include "base/status.h"
#include "hugo/pages_object.h"
#include "value/value.h"

namespace kiln::hugo {

// `to.MergeByLanguage from`: the pages of `to`, plus those of `from` whose translation key
// is in no page of `to`, stably sorted in the default page order. A nil `from` gives `to`
// unchanged; anything else but a page collection is an error.
StatusOr<Value> MergeByLanguage(const PagesObject& to, const Value& from);

// The template method `.MergeByLanguage FROM` of `to`: one argument, nil or a page
// collection, with Go's errors for anything else.
StatusOr<Value> MergeByLanguageMethod(const PagesObject& to, std::span<const Value> args);

// `lang.Merge FROM TO` (args = {FROM, TO}): an empty or nil side gives the other one as
// it is; otherwise TO.MergeByLanguage FROM, with TO required to be a page collection.
StatusOr<Value> LangMerge(std::span<const Value> args);

}  // namespace kiln::hugo

#endif  // KILN_HUGO_LANGUAGE_MERGE_H_
