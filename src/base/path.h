// Slash-separated path helpers in the manner of Go's path package: kiln keeps every
// site-relative path with '/' separators, whatever the platform.
#ifndef KILN_BASE_PATH_H_
#define KILN_BASE_PATH_H_

#include <string>
#include <string_view>

namespace kiln {

std::string JoinPath(std::string_view a, std::string_view b);
std::string CleanPath(std::string_view path);     // Go's path.Clean
std::string_view PathDir(std::string_view path);  // "a/b/c.md" -> "a/b"; "c.md" -> ""
std::string_view PathBase(std::string_view path);  // "a/b/c.md" -> "c.md"
std::string_view PathExt(std::string_view path);   // "c.tar.gz" -> ".gz"; no dot -> ""
std::string_view PathStem(std::string_view path);  // "a/c.md" -> "c"

}  // namespace kiln

#endif  // KILN_BASE_PATH_H_
