// Go regular expressions (RE2 syntax) for findRE and replaceRE, run by PCRE2 in UTF mode.
// A compiled Regexp is immutable; matching allocates its own match data, so one Regexp
// may be used from many threads.
#ifndef KILN_HUGO_FUNCS_REGEXP_H_
#define KILN_HUGO_FUNCS_REGEXP_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"

namespace kiln::funcs {

class Regexp {
 public:
  // Errors read as Go's: "error parsing regexp: missing closing ): `(`".
  static StatusOr<Regexp> Compile(const std::string& pattern);

  // Up to `limit` (all if negative) leftmost non-overlapping matches, each with its groups.
  std::vector<std::vector<std::string>> FindAll(const std::string& s, int limit) const;
  // Replaces up to `limit` matches, expanding $1, ${1} and $name in `repl`.
  std::string ReplaceAll(const std::string& s, const std::string& repl, int limit) const;

 private:
  struct Match {
    std::vector<std::pair<size_t, size_t>> groups;  // begin, end; npos when unset
  };
  std::vector<Match> Matches(const std::string& s, int limit) const;
  std::string Expand(const std::string& s, const std::string& repl, const Match& m) const;

  std::shared_ptr<void> code_;  // pcre2_code_8
};

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_REGEXP_H_
