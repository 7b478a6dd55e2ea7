// The git history of a site's content files, as hugo reads it with enableGitInfo: one
// `git log` over the repository holding the site, keeping for each file the newest commit
// that touched it (merges left out). GitHistory is an immutable value once built;
// reading it from several threads is safe.
#ifndef KILN_CONTENT_GIT_INFO_H_
#define KILN_CONTENT_GIT_INFO_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "value/value.h"

namespace kiln {

// A commit as hugo's source.GitInfo shows it. Dates keep the offset git recorded.
struct GitInfo {
  std::string hash;
  std::string abbreviated_hash;
  std::string subject;
  std::string author_name;
  std::string author_email;
  Time author_date = Time::Zero();
  Time commit_date = Time::Zero();
};

class GitHistory {
 public:
  // Runs git once in `dir` (any directory inside the work tree). Fails, with git's own
  // message, when `dir` is not inside a git repository or git cannot run.
  static StatusOr<GitHistory> Load(const std::string& dir);

  // Builds the history from the output of the log command Load runs; `top_level` is the
  // repository's root directory without a trailing slash.
  static StatusOr<GitHistory> Parse(std::string top_level, std::string_view log);

  // The newest commit touching the file at `filename` (relative paths start at the current
  // directory), or nullopt when git does not track it.
  std::optional<GitInfo> Find(std::string_view filename) const;

  size_t size() const { return files_.size(); }

 private:
  std::string top_level_;
  std::map<std::string, GitInfo, std::less<>> files_;  // by path relative to top_level_
};

}  // namespace kiln

#endif  // KILN_CONTENT_GIT_INFO_H_
