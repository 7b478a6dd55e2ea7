#include "base/build_log.h"

namespace kiln {

bool BuildLog::Log(LogLevel level, std::string message) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!seen_.emplace(level, message).second) return false;
  if (level == LogLevel::kError) ++errors_;
  entries_.push_back({level, std::move(message)});
  return true;
}

int BuildLog::errors() const {
  std::lock_guard<std::mutex> lock(mu_);
  return errors_;
}

std::vector<LogEntry> BuildLog::entries() const {
  std::lock_guard<std::mutex> lock(mu_);
  return entries_;
}

const char* LogLevelName(LogLevel level) { return level == LogLevel::kError ? "ERROR" : "WARN"; }

}  // namespace kiln
