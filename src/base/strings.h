// Small string helpers shared by every module. ASCII-only case mapping: Unicode-aware
// transforms live with the code that needs them (paths, heading IDs).
#ifndef KILN_BASE_STRINGS_H_
#define KILN_BASE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace kiln {

std::string AsciiLower(std::string_view s);
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);
std::string_view TrimSpace(std::string_view s);  // ASCII whitespace, both ends
std::vector<std::string_view> Split(std::string_view s, char sep);
std::string Join(const std::vector<std::string>& parts, std::string_view sep);
std::string ReplaceAll(std::string_view s, std::string_view from, std::string_view to);
// Escapes & < > " ' for XML text and attribute values.
std::string XmlEscape(std::string_view s);

}  // namespace kiln

#endif  // KILN_BASE_STRINGS_H_
