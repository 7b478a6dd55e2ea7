// Conversions Hugo's template functions apply to their arguments, following the Go
// library Hugo uses (spf13/cast): ToInt accepts numbers, bools, nil and Go integer
// literals in strings; ToString prints numbers the shortest way; and so on. Errors carry
// cast's wording ("unable to cast \"x\" of type string to int64"). Pure functions.
#ifndef KILN_HUGO_FUNCS_CONVERT_H_
#define KILN_HUGO_FUNCS_CONVERT_H_

#include <string>

#include "base/status.h"
#include "value/value.h"

namespace kiln::funcs {

StatusOr<int64_t> ToInt(const Value& v);
StatusOr<double> ToFloat(const Value& v);
StatusOr<std::string> ToString(const Value& v);

// The Go type of hugo.Version, whose values compare as versions (compare_funcs.cc).
inline constexpr std::string_view kVersionStringType = "hugo.VersionString";

// Go's strconv.FormatFloat(f, 'f', -1, 64) as cast prints floats.
std::string FloatString(double f);

// The items of a list or list-like Object, or nullptr for anything else.
const ValueList* AsList(const Value& v);
// The entries of a map or map-like Object, or nullptr for anything else.
const ValueMap* AsMap(const Value& v);

// "unable to cast <%#v> of type <%T> to <type>".
Status CastError(const Value& v, std::string_view type);

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_CONVERT_H_
