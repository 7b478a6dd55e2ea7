// Go's fmt package applied to Values: the %v forms Go prints for the types templates see
// (`map[a:1 b:2]`, `[a b]`, `<nil>`, shortest floats with Go's exponent thresholds), and
// Sprint, Sprintln and Sprintf with Go's verbs, flags, widths, precisions and its error
// forms (`%!d(string=x)`, `%!(EXTRA int=1)`, `%!d(MISSING)`).
//
// Pure functions over immutable Values; safe to call from any thread.
#ifndef KILN_VALUE_GO_FORMAT_H_
#define KILN_VALUE_GO_FORMAT_H_

#include <span>
#include <string>
#include <string_view>

#include "value/value.h"

namespace kiln {

// The Go type name %T prints: "int", "float64", "[]interface {}", "template.HTML", ...
std::string GoTypeName(const Value& v);

// Appends v formatted as Go's %v.
void AppendGoValue(std::string* out, const Value& v);
std::string GoValueString(const Value& v);

// fmt.Sprint: operands joined, with a space between two operands when neither is a string.
void AppendGoSprint(std::string* out, std::span<const Value> args);
// fmt.Sprintln: operands always separated by spaces, newline appended.
void AppendGoSprintln(std::string* out, std::span<const Value> args);
// fmt.Sprintf.
void AppendGoSprintf(std::string* out, std::string_view format, std::span<const Value> args);
std::string GoSprintf(std::string_view format, std::span<const Value> args);

// strconv.Quote: a double-quoted Go string literal, escaping non-printable runes.
void AppendGoQuote(std::string* out, std::string_view s, bool ascii_only = false);

// strconv.FormatFloat(f, fmt, prec, 64) for fmt in e, E, f, g, G; prec -1 means shortest.
void AppendGoFloat(std::string* out, double f, char fmt, int prec);

}  // namespace kiln

#endif  // KILN_VALUE_GO_FORMAT_H_
