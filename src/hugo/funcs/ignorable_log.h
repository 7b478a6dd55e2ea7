// IgnorableLog: a BuildLog seen through the site's `ignoreErrors`, as hugo's ignorable
// logger: an error logged with an ID is dropped when the config lists that ID (in any
// case), and otherwise carries a hint saying how to silence it.
//
// Copyable; borrows the BuildLog, which must outlive it. Thread-safe as the BuildLog is.
#ifndef KILN_HUGO_FUNCS_IGNORABLE_LOG_H_
#define KILN_HUGO_FUNCS_IGNORABLE_LOG_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/build_log.h"

namespace kiln::funcs {

class IgnorableLog {
 public:
  IgnorableLog(BuildLog* log, const std::vector<std::string>& ignore_errors);

  // Logs `message` as an error with `id`, unless ignored.
  void Error(std::string_view id, std::string message) const;

  BuildLog* log() const { return log_; }

 private:
  BuildLog* log_;
  std::shared_ptr<const std::set<std::string>> ignored_;  // lower-cased IDs
};

}  // namespace kiln::funcs

#endif  // KILN_HUGO_FUNCS_IGNORABLE_LOG_H_
