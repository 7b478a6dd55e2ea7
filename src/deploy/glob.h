// Glob: the include/exclude patterns of a deployment target, with the syntax Hugo's targets
// use (gobwas/glob without separators): `*` and `**` match any run of characters including
// '/', `?` one character, `[abc]`, `[!a-z]` classes, `{a,b}` alternatives, `\` escapes.
// Immutable after Compile and safe to share between threads.
#ifndef KILN_DEPLOY_GLOB_H_
#define KILN_DEPLOY_GLOB_H_

#include <regex>
#include <string>
#include <string_view>

#include "base/status.h"

namespace kiln::deploy {

class Glob {
 public:
  static StatusOr<Glob> Compile(std::string_view pattern);
  bool Match(const std::string& path) const { return std::regex_match(path, regex_); }
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  std::regex regex_;
};

// Compiles a regular expression from the configuration, reporting a bad one as an error that
// names `what` instead of throwing.
StatusOr<std::regex> CompileRegex(std::string_view pattern, std::string_view what);

}  // namespace kiln::deploy

#endif  // KILN_DEPLOY_GLOB_H_
