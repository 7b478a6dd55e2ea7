#include "hugo/funcs/ignorable_log.h"

#include "base/strings.h"
#include "value/go_format.h"

namespace kiln::funcs {

IgnorableLog::IgnorableLog(BuildLog* log, const std::vector<std::string>& ignore_errors)
    : log_(log) {
  auto ignored = std::make_shared<std::set<std::string>>();
  for (const std::string& id : ignore_errors) ignored->insert(AsciiLower(id));
  ignored_ = std::move(ignored);
}

void IgnorableLog::Error(std::string_view id, std::string message) const {
  if (ignored_->count(AsciiLower(id)) != 0) return;
  message +=
      "\nIf you feel that this should not be logged as an ERROR, you can ignore it by adding "
      "this to your site config:\nignoreErrors = [";
  AppendGoQuote(&message, id);
  log_->Log(LogLevel::kError, message + "]");
}

}  // namespace kiln::funcs
